package dev.trustportal.portal.repository;

import dev.trustportal.notary.tuf.Gun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What a finished root ceremony does to its repository: it has trust data now. */
@ApplicationScoped
public class RepositoryCeremonies {

  // Field injection, as the feature's other beans.
  @Inject Repositories repositories;

  /** The repository of {@code gun} that waited for ceremony {@code ceremonyId} is initialised. */
  public void initialised(Gun gun, long ceremonyId) {
    repositories
        .byGun(gun)
        .filter(r -> r.pendingCeremony().filter(c -> c == ceremonyId).isPresent())
        .ifPresent(Repository::initialised);
  }
}
