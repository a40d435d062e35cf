/**
 * The support desk: platform support staff open a case for a repository of any organisation (a root
 * or key rotation, a trust reset after a lost root key, a lost signer key), the plan is shown in
 * plain words, the support agent and the organisation's owners approve it with security keys, and
 * it is carried out as a persisted state machine that resumes where it stopped. Support staff act
 * on an organisation only through a case, and every step is audited in the organisation's chain.
 */
package dev.trustportal.portal.support;
