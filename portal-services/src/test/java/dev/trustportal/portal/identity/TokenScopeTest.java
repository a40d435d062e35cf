package dev.trustportal.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenScopeTest {

  @Test
  void aTokenOfAllOrganisationsReachesEveryOneOfThem() {
    TokenScope all = new TokenScope(null, List.of(), TokenAccess.WRITE);
    assertThat(all.reaches("acme")).isTrue();
    assertThat(all.reachesRepository("globex", "api")).isTrue();
    assertThat(all.onlyOrganisation()).isEmpty();
  }

  @Test
  void aTokenOfOneOrganisationReachesNoOther() {
    TokenScope acme = new TokenScope("acme", List.of(), TokenAccess.READ);
    assertThat(acme.reaches("acme")).isTrue();
    assertThat(acme.reaches("globex")).isFalse();
    assertThat(acme.reachesRepository("globex", "api")).isFalse();
    assertThat(acme.onlyOrganisation()).contains("acme");
  }

  @Test
  void repositoriesNarrowTheOrganisation() {
    TokenScope api = new TokenScope("acme", List.of("api", "team/web"), TokenAccess.READ);
    assertThat(api.reachesRepository("acme", "api")).isTrue();
    assertThat(api.reachesRepository("acme", "team/web")).isTrue();
    assertThat(api.reachesRepository("acme", "billing")).isFalse();
    assertThat(api.reachesRepository("acme", "team")).isFalse();
  }

  @Test
  void onlyWriteAccessAllowsWrites() {
    assertThat(new TokenScope(null, List.of(), TokenAccess.READ).allowsWrites()).isFalse();
    assertThat(new TokenScope(null, List.of(), TokenAccess.WRITE).allowsWrites()).isTrue();
  }

  @Test
  void repositoriesWithoutAnOrganisationAreRefused() {
    assertThatThrownBy(() -> new TokenScope(null, List.of("api"), TokenAccess.READ))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRobotBelongsToOneOrganisation() {
    assertThatThrownBy(
            () ->
                new TokenAuthentication(
                    1, "robot$x$y", true, new TokenScope(null, List.of(), TokenAccess.READ)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
