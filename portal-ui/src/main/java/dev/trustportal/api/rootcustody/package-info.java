/**
 * {@code /api/v1/orgs/{org}/root-custody} and {@code …/root-ceremonies}: owner-held roots (issue
 * 22) for scripts as for the browser, a PRF-capable authenticator taking part in a ceremony as a
 * browser does.
 */
package dev.trustportal.api.rootcustody;
