package dev.omnigraph.cli;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The CLI calls only the public engine API (docs/architecture.md). */
class ArchitectureTest {
  static final JavaClasses CLI = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.omnigraph.cli");

  @Test
  void onlyThePublicEngineApiIsUsed() {
    noClasses().that().resideInAPackage("dev.omnigraph.cli..")
        .should().dependOnClassesThat(resideInAPackage("dev.omnigraph..")
            .and(not(resideInAnyPackage("dev.omnigraph", "dev.omnigraph.schema",
                "dev.omnigraph.cli.."))))
        .check(CLI);
  }

  @Test
  void formattersAndConfigDoNotTouchTheEngine() {
    noClasses().that().resideInAnyPackage("dev.omnigraph.cli.format..",
            "dev.omnigraph.cli.config..", "dev.omnigraph.cli.json..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.omnigraph", "dev.omnigraph.schema")
        .check(CLI);
  }
}
