/**
 * Sign-in and access control (Jakarta Security 3): the identity store backed by the portal's local
 * accounts, the authentication mechanism that serves both the browser (programmatic login from
 * {@link dev.trustportal.ui.security.LoginView}, then an HTTP session) and REST clients (HTTP
 * Basic, JSON 401s), and the registration of Vaadin's navigation access control, which enforces the
 * {@code @AnonymousAllowed}/{@code @RolesAllowed} annotations of the views. Single sign-on with an
 * OpenID Connect provider lives in {@code dev.trustportal.ui.security.oidc}; it signs in through
 * the same mechanism (programmatically, with an ID token) and, while it is on, the identity store
 * here accepts the password of the break-glass admin only.
 */
package dev.trustportal.ui.security;
