package dev.trustportal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tenancy integration test walks {@link Routes#ALL}; this keeps that list complete, so that a
 * new view cannot escape the walk.
 */
class RoutesTest {

  @Test
  void everyRouteOfEveryViewIsInTheListTheTenancyWalkVisits() {
    List<String> declared = new ArrayList<>();
    for (JavaClass view :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("dev.trustportal.ui")) {
      if (view.isAnnotatedWith(Route.class)) {
        declared.add(view.getAnnotationOfType(Route.class).value());
      }
      if (view.isAnnotatedWith(RouteAlias.class)) {
        declared.add(view.getAnnotationOfType(RouteAlias.class).value());
      }
      if (view.isAnnotatedWith(RouteAlias.Container.class)) {
        for (RouteAlias alias : view.getAnnotationOfType(RouteAlias.Container.class).value()) {
          declared.add(alias.value());
        }
      }
    }

    assertThat(declared)
        .as("@Route values (add new ones to dev.trustportal.ui.Routes.ALL; name routes explicitly)")
        .containsExactlyInAnyOrderElementsOf(Routes.ALL);
  }
}
