/**
 * The support desk's REST API: the search across organisations with trust health, and support cases.
 * Support staff and platform admins only; the services check the role and audit every access.
 */
package dev.trustportal.api.support;
