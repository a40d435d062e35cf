package dev.trustportal.ui.security.oidc;

import static dev.trustportal.portal.membership.MemberRole.OWNER;
import static dev.trustportal.portal.membership.MemberRole.SIGNER;
import static dev.trustportal.portal.membership.MemberRole.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.trustportal.portal.sso.ClaimedMembership;
import dev.trustportal.portal.sso.MembershipClaim;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MembershipClaimReaderTest {

  @Test
  void readsOrganisationAndRoleFromKeycloakGroupPaths() {
    List<ClaimedMembership> claimed =
        MembershipClaimReader.fromGroups(
            List.of("/orgs/acme/OWNER", "/orgs/globex/viewer", "/staff", "/orgs/initech/OWNER"),
            "/orgs/");

    assertThat(claimed)
        .containsExactly(
            new ClaimedMembership("acme", OWNER),
            new ClaimedMembership("globex", VIEWER),
            new ClaimedMembership("initech", OWNER));
  }

  @Test
  void skipsGroupPathsThatNameNoRoleOrAreTooDeep() {
    assertThat(
            MembershipClaimReader.fromGroups(
                List.of(
                    "/orgs/acme/superuser", "/orgs/acme", "/orgs/acme/OWNER/extra", "/orgs//OWNER"),
                "/orgs/"))
        .isEmpty();
  }

  @Test
  void readsKeycloakOrganizationsAsAListOrAsAnObject() {
    assertThat(MembershipClaimReader.fromOrganizations(List.of("acme", "globex"), SIGNER))
        .containsExactly(
            new ClaimedMembership("acme", SIGNER), new ClaimedMembership("globex", SIGNER));
    assertThat(
            MembershipClaimReader.fromOrganizations(Map.of("acme", Map.of("id", "d46e")), VIEWER))
        .containsExactly(new ClaimedMembership("acme", VIEWER));
  }

  @Test
  void aMissingClaimClaimsNothingAndAnUnusedOneIsNotRead() {
    JWTClaimsSet withoutGroups = new JWTClaimsSet.Builder().subject("s").build();
    JWTClaimsSet withGroups =
        new JWTClaimsSet.Builder().claim("groups", List.of("/orgs/acme/OWNER")).build();

    assertThat(MembershipClaimReader.read(withoutGroups, config(MembershipClaimSource.GROUPS)))
        .isEqualTo(MembershipClaim.of(List.of()));
    assertThat(MembershipClaimReader.read(withGroups, config(MembershipClaimSource.NONE)))
        .isEqualTo(MembershipClaim.NOT_USED);
  }

  private static OidcConfig config(MembershipClaimSource source) {
    return OidcConfig.from(
        key ->
            Optional.ofNullable(
                Map.of(
                        "portal.oidc.issuer", "https://sso.example.test/realms/acme",
                        "portal.oidc.client-id", "trust-portal",
                        "portal.oidc.client-secret", "s3cret",
                        "portal.oidc.membership-claim", source.name().toLowerCase())
                    .get(key)));
  }
}
