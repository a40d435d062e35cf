/** JPA implementation of the single sign-on gateway. */
package dev.trustportal.portal.sso.internal;
