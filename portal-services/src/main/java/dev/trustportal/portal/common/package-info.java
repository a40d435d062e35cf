/**
 * Types shared by every feature of portal-services: the paging pair {@link
 * dev.trustportal.portal.common.PageRequest}/{@link dev.trustportal.portal.common.Page} used by all
 * list use cases, and {@link dev.trustportal.portal.common.PortalException}, the root of the domain
 * exceptions that the UI and the REST API translate into messages. Nothing here knows JPA, Vaadin
 * or JAX-RS, so portal-ui can depend on it freely.
 */
package dev.trustportal.portal.common;
