/**
 * The frame around the signed-in views ({@link dev.trustportal.ui.layout.MainLayout}: title, side
 * navigation, user name, language choice, sign-out) and the session error handler that turns an
 * unexpected failure into a translated notification instead of a stack trace.
 */
package dev.trustportal.ui.layout;
