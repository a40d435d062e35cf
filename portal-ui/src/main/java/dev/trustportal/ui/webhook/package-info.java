/**
 * The webhooks page of an organisation: its owners register endpoints, see each secret once, read
 * the delivery log and send test events. The rules live in portal-services' WebhookService.
 */
package dev.trustportal.ui.webhook;
