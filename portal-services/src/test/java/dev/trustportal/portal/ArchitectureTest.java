package dev.trustportal.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * portal-services knows nothing of the web tier, and its feature packages (each with its {@code
 * internal} sub-package, one slice) form no cycles. Constants that javac inlines (role names in
 * {@code @RolesAllowed}) leave no trace in bytecode: {@link SourcePackageCyclesTest} reads the
 * sources for those.
 */
@AnalyzeClasses(
    packages = "dev.trustportal.portal",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule knowsNoVaadin =
      noClasses().should().dependOnClassesThat().resideInAPackage("com.vaadin..");

  @ArchTest
  static final ArchRule knowsNoJaxRs =
      noClasses().should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..");

  @ArchTest
  static final ArchRule knowsNoPortalUi =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.trustportal.ui..", "dev.trustportal.api..");

  @ArchTest
  static final ArchRule packagesFormNoCycles =
      slices().matching("dev.trustportal.portal.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule onlyInternalCodeUsesJpaQueries =
      noClasses()
          .that()
          .resideOutsideOfPackage("..internal..")
          .should()
          .dependOnClassesThat()
          .belongToAnyOf(jakarta.persistence.EntityManager.class);
}
