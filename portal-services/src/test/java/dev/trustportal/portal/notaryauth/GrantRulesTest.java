package dev.trustportal.portal.notaryauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustportal.portal.membership.MemberRole;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class GrantRulesTest {

  private static final Scope PUBLISH =
      Scope.parse("repository:registry.example.com/acme/app:push,pull");
  private static final Scope EVERYTHING = Scope.parse("repository:registry.example.com/acme/app:*");

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aViewerMayPullButNotPush(boolean held) {
    assertThat(GrantRules.grant(PUBLISH, Optional.of(MemberRole.VIEWER), held).actions())
        .containsExactly("pull");
  }

  @ParameterizedTest
  @EnumSource(
      value = MemberRole.class,
      names = {"SIGNER", "ADMIN", "OWNER"})
  void signersAdminsAndOwnersMayPushAndPull(MemberRole role) {
    assertThat(GrantRules.grant(PUBLISH, Optional.of(role), true).actions())
        .containsExactly("push", "pull");
  }

  @ParameterizedTest
  @EnumSource(MemberRole.class)
  void noMemberGetsTheWildcardThatDeletesARepositoryOfThePortal(MemberRole role) {
    assertThat(GrantRules.grant(EVERYTHING, Optional.of(role), true).actions()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = MemberRole.class,
      names = {"ADMIN", "OWNER"})
  void ownersAndAdminsPreparingAnImportGetTheWildcardThatRotatesServerKeys(MemberRole role) {
    assertThat(GrantRules.grant(EVERYTHING, Optional.of(role), false).actions())
        .containsExactly("*");
  }

  @ParameterizedTest
  @EnumSource(
      value = MemberRole.class,
      names = {"SIGNER", "VIEWER"})
  void signersAndViewersNeverGetTheWildcard(MemberRole role) {
    assertThat(GrantRules.grant(EVERYTHING, Optional.of(role), false).actions()).isEmpty();
  }

  @Test
  void anOwnerAskingTheWildcardWhereCustodiansHoldTheRootGetsPushAndPullForAKeyRotate() {
    assertThat(GrantRules.grant(EVERYTHING, Optional.of(MemberRole.OWNER), true, false, true))
        .extracting(Scope::actions)
        .isEqualTo(java.util.List.of("push", "pull"));
  }

  @ParameterizedTest
  @EnumSource(
      value = MemberRole.class,
      names = {"OWNER"},
      mode = EnumSource.Mode.EXCLUDE)
  void othersAskingTheWildcardWhereCustodiansHoldTheRootGetNothing(MemberRole role) {
    assertThat(GrantRules.grant(EVERYTHING, Optional.of(role), true, false, true).actions())
        .isEmpty();
    assertThat(GrantRules.grant(EVERYTHING, Optional.empty(), true, false, true).actions())
        .isEmpty();
  }

  @Test
  void aViewerLinkedAsSignerOfTheRepositoryMayPush() {
    assertThat(GrantRules.grant(PUBLISH, Optional.of(MemberRole.VIEWER), true, true).actions())
        .containsExactly("push", "pull");
  }

  @Test
  void aSignerLinkNeverGivesTheWildcard() {
    assertThat(GrantRules.grant(EVERYTHING, Optional.of(MemberRole.VIEWER), true, true).actions())
        .isEmpty();
  }

  @Test
  void aSignerLinkGivesNothingToSomeoneNoLongerAMember() {
    assertThat(GrantRules.grant(PUBLISH, Optional.empty(), true, true).actions()).isEmpty();
  }

  @Test
  void aNonMemberGetsNothingButTheResourceItAskedFor() {
    Scope granted = GrantRules.grant(PUBLISH, Optional.empty(), false);

    assertThat(granted.name()).isEqualTo(PUBLISH.name());
    assertThat(granted.actions()).isEmpty();
  }

  @Test
  void theOrganisationOfAGunIsThePathSegmentAfterTheRegistryHost() {
    assertThat(GrantRules.organisationOf("registry.example.com/acme/app", "registry.example.com"))
        .contains("acme");
    assertThat(GrantRules.organisationOf("localhost:5000/acme/team/app", "localhost:5000"))
        .contains("acme");
  }

  @Test
  void aGunOfAnotherRegistryOrWithoutRepositoryNamesNoOrganisation() {
    assertThat(GrantRules.organisationOf("docker.io/acme/app", "registry.example.com")).isEmpty();
    assertThat(
            GrantRules.organisationOf("registry.example.com.evil/acme/app", "registry.example.com"))
        .isEmpty();
    assertThat(GrantRules.organisationOf("registry.example.com/acme", "registry.example.com"))
        .isEmpty();
    assertThat(GrantRules.organisationOf("registry.example.com/acme/", "registry.example.com"))
        .isEmpty();
    assertThat(GrantRules.organisationOf("registry.example.com//app", "registry.example.com"))
        .isEmpty();
  }

  @ParameterizedTest
  @EnumSource(MemberRole.class)
  void nobodyMayPushOnARepositoryAwaitingInitialisation(MemberRole role) {
    assertThat(GrantRules.grantAwaitingInitialisation(PUBLISH, Optional.of(role)).actions())
        .containsExactly("pull");
    assertThat(GrantRules.grantAwaitingInitialisation(EVERYTHING, Optional.of(role)).actions())
        .isEmpty();
    assertThat(GrantRules.grantAwaitingInitialisation(PUBLISH, Optional.empty()).actions())
        .isEmpty();
  }
}
