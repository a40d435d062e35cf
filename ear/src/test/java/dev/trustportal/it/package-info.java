/**
 * Integration tests on the deployed EAR: they talk to the real Payara, PostgreSQL, notary-signer
 * and notary-server that the build started ({@code tools/it-stack.sh}), over HTTP, the notary CLI
 * and a headless Chromium, as a person or a script would.
 */
package dev.trustportal.it;
