package dev.trustportal.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreateOrganisationTest {

  @Test
  void withoutANamedOwnerTheCreatorIsTheFirstOwner() {
    assertThat(new CreateOrganisation("acme").firstOwner()).isEmpty();
    assertThat(new CreateOrganisation("acme", Optional.of("   ")).firstOwner()).isEmpty();
  }

  @Test
  void theNamedOwnerIsKeptWithoutSurroundingBlanks() {
    assertThat(new CreateOrganisation("acme", Optional.of(" olga ")).firstOwner()).contains("olga");
  }

  @Test
  void anAbsentOwnerIsEmptyNotNull() {
    assertThatThrownBy(() -> new CreateOrganisation("acme", null))
        .isInstanceOf(NullPointerException.class);
  }
}
