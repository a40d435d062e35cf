package dev.trustportal.notary;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The bridge is plain Java (no Jakarta EE) and its packages form no cycles. */
class ArchitectureTest {
  private static final JavaClasses BRIDGE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.trustportal.notary");

  @Test
  void importsNoJakarta() {
    noClasses().should().dependOnClassesThat().resideInAPackage("jakarta..").check(BRIDGE);
  }

  @Test
  void hasNoPackageCycles() {
    slices().matching("dev.trustportal.notary.(*)..").should().beFreeOfCycles().check(BRIDGE);
  }

  @Test
  void modelDependsOnNothingElseInTheBridge() {
    noClasses()
        .that()
        .resideInAPackage("..notary.tuf..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "..notary.json..",
            "..notary.crypto..",
            "..notary.verify..",
            "..notary.server..",
            "..notary.publish..",
            "..notary.internal..")
        .check(BRIDGE);
  }

  @Test
  void verificationDoesNoIo() {
    noClasses()
        .that()
        .resideInAPackage("..notary.verify..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.net..", "java.nio.file..", "..notary.server..")
        .check(BRIDGE);
  }
}
