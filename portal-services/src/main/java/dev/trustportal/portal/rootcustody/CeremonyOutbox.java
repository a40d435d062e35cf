package dev.trustportal.portal.rootcustody;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Signed root ceremonies on their way to notary-server, each step in a transaction of its own, so
 * that a failed upload rolls back nothing but itself: which ceremonies wait, the publication of
 * one, and the reason one could not be published this time. {@link RootCeremonyService} decides
 * when; this bean only draws the transaction lines.
 */
@Stateless
@PermitAll
public class CeremonyOutbox {

  // Field injection: EJBs need a no-argument constructor.
  @Inject RootCeremonies ceremonies;
  @Inject CeremonyPublication publication;

  /** The signed ceremonies, oldest first. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public List<Long> waiting() {
    return ceremonies.signed();
  }

  /**
   * Publishes the ceremony if it is still SIGNED: the row lock makes a second instance wait and
   * then find it PUBLISHED.
   *
   * @return whether this call published it
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean publishIfSigned(long id, String actor) {
    Optional<RootCeremony> signed =
        ceremonies.find(id, true).filter(c -> c.state() == CeremonyState.SIGNED);
    signed.ifPresent(c -> publication.publish(c, actor));
    return signed.isPresent();
  }

  /** Why publishing a signed ceremony failed this time; it stays SIGNED and is tried again. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void keepSigned(long id, String error) {
    ceremonies.publishFailed(id, error);
  }
}
