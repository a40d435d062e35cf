package dev.trustportal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;

/** portal-ui talks to portal-services through services and records only, and has no cycles. */
@AnalyzeClasses(
    packages = {"dev.trustportal.ui", "dev.trustportal.api"},
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule usesNoInternalPackages =
      noClasses().should().dependOnClassesThat().resideInAPackage("..internal..");

  @ArchTest
  static final ArchRule usesNoEntities =
      noClasses()
          .should()
          .dependOnClassesThat(CanBeAnnotated.Predicates.annotatedWith(Entity.class))
          .orShould()
          .dependOnClassesThat()
          .resideInAPackage("jakarta.persistence..");

  @ArchTest
  static final ArchRule restApiKnowsNoVaadin =
      noClasses()
          .that()
          .resideInAPackage("dev.trustportal.api..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.vaadin..", "dev.trustportal.ui..");

  @ArchTest
  static final ArchRule packagesFormNoCycles =
      slices().matching("dev.trustportal.(**)").should().beFreeOfCycles();
}
