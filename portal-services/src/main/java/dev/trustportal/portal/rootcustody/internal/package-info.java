/**
 * PostgreSQL gateways of root custody, custody changes, custodian root keys and root ceremonies
 * (V45).
 */
package dev.trustportal.portal.rootcustody.internal;
