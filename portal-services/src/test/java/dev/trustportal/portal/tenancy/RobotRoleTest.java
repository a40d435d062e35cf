package dev.trustportal.portal.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustportal.portal.identity.TokenAccess;
import dev.trustportal.portal.identity.TokenAuthentication;
import dev.trustportal.portal.identity.TokenScope;
import dev.trustportal.portal.membership.MemberRole;
import java.util.List;
import org.junit.jupiter.api.Test;

class RobotRoleTest {

  @Test
  void aWritingRobotSignsAndAReadingRobotViews() {
    assertThat(Tenancy.robotRole(robot(TokenAccess.WRITE))).isEqualTo(MemberRole.SIGNER);
    assertThat(Tenancy.robotRole(robot(TokenAccess.READ))).isEqualTo(MemberRole.VIEWER);
  }

  private static TokenAuthentication robot(TokenAccess access) {
    return new TokenAuthentication(
        1, "robot$acme$ci", true, new TokenScope("acme", List.of(), access));
  }
}
