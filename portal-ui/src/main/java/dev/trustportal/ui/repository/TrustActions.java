package dev.trustportal.ui.repository;

import dev.trustportal.portal.repository.KeyDetails;
import dev.trustportal.portal.repository.SignerDetails;
import java.util.List;
import java.util.function.IntFunction;

/** The changes of trust the trust page offers to owners and admins, each opening its dialog. */
interface TrustActions {

  void addSigner();

  void addKey(SignerDetails signer);

  void removeSigner(SignerDetails signer);

  void removeKey(SignerDetails signer, KeyDetails key);

  /**
   * @param role {@code targets/releases} or {@code targets/<signer>}
   */
  void changeThreshold(
      String role, int threshold, int keys, IntFunction<List<String>> wouldStopVerifying);
}
