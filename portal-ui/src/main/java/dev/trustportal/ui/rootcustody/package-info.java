/**
 * The root ceremony page: an operation on a repository's root that custodians sign with their
 * security keys.
 */
package dev.trustportal.ui.rootcustody;
