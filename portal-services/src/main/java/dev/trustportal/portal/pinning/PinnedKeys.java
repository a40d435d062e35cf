package dev.trustportal.portal.pinning;

import dev.trustportal.notary.tuf.Gun;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Allows delegation keys in a repository's targets before the portal uploads them, in a transaction
 * of its own: committed even if the instance dies between the upload and the commit of its outcome.
 * An allowed key that never arrives does no harm; the list only says what the portal may have put
 * there.
 */
@Stateless
@PermitAll
public class PinnedKeys {

  // Field injection: EJBs need a no-argument constructor.
  @Inject Pins pins;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void expect(Gun gun, Set<String> keyIds) {
    pins.addTargetsKeys(gun.value(), keyIds);
  }
}
