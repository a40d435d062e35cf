package dev.trustportal.ui.repository;

import java.util.List;
import java.util.function.IntFunction;

import dev.trustportal.portal.repository.KeyView;
import dev.trustportal.portal.repository.SignerView;

/** The changes of trust the trust page offers to owners and admins, each opening its dialog. */
interface TrustActions {

  void addSigner();

  void addKey(SignerView signer);

  void removeSigner(SignerView signer);

  void removeKey(SignerView signer, KeyView key);

  /** @param role {@code targets/releases} or {@code targets/<signer>} */
  void changeThreshold(String role, int threshold, int keys, IntFunction<List<String>> wouldStopVerifying);
}
