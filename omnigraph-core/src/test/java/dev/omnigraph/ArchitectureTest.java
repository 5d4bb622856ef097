package dev.omnigraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering rules of docs/architecture.md. */
class ArchitectureTest {
  static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages("dev.omnigraph");
  }

  @Test
  void onlyStorageTalksToLance() {
    noClasses().that().resideOutsideOfPackage("dev.omnigraph.storage..")
        .should().dependOnClassesThat().resideInAPackage("org.lance..")
        .check(core);
  }

  @Test
  void coreHasNoServerCliOrLoggingBackendDependencies() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "picocli..",
        "ch.qos.logback..").check(core);
  }

  @Test
  void theCatalogModelDependsOnNothingInternal() {
    noClasses().that().resideInAPackage("dev.omnigraph.schema")
        .should().dependOnClassesThat().resideInAnyPackage("dev.omnigraph.engine..",
            "dev.omnigraph.storage..", "dev.omnigraph.manifest..", "dev.omnigraph.write..")
        .check(core);
  }
}
