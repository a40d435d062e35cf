/** The JPA gateway of the organisation-wide approval settings. */
package dev.trustportal.portal.approval.internal;
