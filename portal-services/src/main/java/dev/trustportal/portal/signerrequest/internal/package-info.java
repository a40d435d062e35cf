/** JPA behind the signer requests' gateway. */
package dev.trustportal.portal.signerrequest.internal;
