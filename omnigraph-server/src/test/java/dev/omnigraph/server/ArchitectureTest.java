package dev.omnigraph.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The server uses only the public API of core: {@code dev.omnigraph} and {@code dev.omnigraph.schema}. */
class ArchitectureTest {
  @Test
  void serverUsesOnlyThePublicApi() {
    JavaClasses server = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.omnigraph.server");
    noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.omnigraph.engine..",
        "dev.omnigraph.storage..", "dev.omnigraph.manifest..", "dev.omnigraph.write..",
        "dev.omnigraph.history..", "dev.omnigraph.table..", "dev.omnigraph.util..",
        "dev.omnigraph.lang..", "dev.omnigraph.schema.compiler..", "org.lance..",
        "org.apache.arrow..").check(server);
  }
}
