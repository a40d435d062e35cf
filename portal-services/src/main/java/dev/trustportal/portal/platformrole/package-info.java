/**
 * Platform role requests as subjects of approval: a platform role (platform-admin, support) asked
 * by one platform admin is given when another approves it with a security key (issue 20: two-person
 * rules need two people).
 */
package dev.trustportal.portal.platformrole;
