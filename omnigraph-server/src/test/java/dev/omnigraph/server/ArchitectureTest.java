package dev.omnigraph.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The server is a thin layer over core's public API: its classes may use the top-level package
 * {@code dev.omnigraph} (exactly that package: every subpackage of core is internal), the server's
 * own packages, the JDK and the libraries of the HTTP stack. An allowlist, so a new core package
 * is internal to the server by default.
 */
class ArchitectureTest {
  @Test
  void serverUsesOnlyThePublicApiOfCore() {
    JavaClasses server = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.omnigraph.server");
    classes().that().resideInAPackage("dev.omnigraph.server..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "dev.omnigraph.server..",
            "dev.omnigraph",
            "java..", "jakarta..",
            "sun.misc", // Signal: SIGINT/SIGTERM handling in Main (jdk.unsupported)
            "io.javalin..", "org.eclipse.jetty..",
            "com.fasterxml.jackson..", "io.swagger..",
            "org.slf4j..")
        .check(server);
  }
}
