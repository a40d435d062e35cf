/**
 * Sign-in and access control (Jakarta Security 3): the identity store backed by the portal's local
 * accounts, the authentication mechanism that serves both the browser (programmatic login from
 * {@link dev.trustportal.ui.security.LoginView}, then an HTTP session) and REST clients (HTTP Basic,
 * JSON 401s), and the registration of Vaadin's navigation access control, which enforces the
 * {@code @AnonymousAllowed}/{@code @RolesAllowed} annotations of the views.
 */
package dev.trustportal.ui.security;
