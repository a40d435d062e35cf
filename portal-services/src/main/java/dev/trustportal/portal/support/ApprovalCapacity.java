package dev.trustportal.portal.support;

/**
 * In which capacity a person approved a case: the support agent who opened it, an owner of the
 * organisation, or a platform admin when the organisation has no owner left (break-glass).
 */
public enum ApprovalCapacity {
  AGENT,
  OWNER,
  PLATFORM_ADMIN
}
