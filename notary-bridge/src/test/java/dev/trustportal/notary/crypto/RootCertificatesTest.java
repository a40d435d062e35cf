package dev.trustportal.notary.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustportal.notary.tuf.Gun;
import java.security.cert.X509Certificate;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RootCertificatesTest {

  @Test
  void aGunLongerThanRfc5280sCommonNameLimitIsTheRootCertificatesCommonName() {
    // 87 characters: notary init accepts it, and notary checks that the root certificate's CN
    // equals the GUN.
    Gun gun =
        new Gun(
            "registry.trust-portal.test/platform-team/infra/nginx-reverse-proxy-with-modsecurity-xyz");

    X509Certificate certificate =
        RootCertificates.generate(gun, KeyPairs.ecdsaP256(), Instant.now());

    assertThat(gun.value()).hasSizeGreaterThan(64);
    assertThat(RootCertificates.commonName(certificate)).isEqualTo(gun.value());
    assertThat(certificate.getSubjectX500Principal())
        .isEqualTo(certificate.getIssuerX500Principal());
  }
}
