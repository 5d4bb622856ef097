package dev.omnigraph.schema.compiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.omnigraph.Schema;
import dev.omnigraph.SchemaException;
import dev.omnigraph.schema.Catalog;
import dev.omnigraph.testing.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link Schema#parseCatalog}: the catalog {@code query lint --schema} checks against, built
 * straight from the declarations without phase 6 (languages.md §5.1, DECISIONS 19).
 */
class CatalogOnlyParseTest {
  private static final String P = "node P { name: String @key }\n";

  private static SchemaException catalogRejects(String source) {
    SchemaException e = catchThrowableOfType(() -> Schema.parseCatalog(source),
        SchemaException.class);
    assertThat(e).as("expected %s to be rejected", source).isNotNull();
    return e;
  }

  @Test
  @DisplayName("L§5.1: a node type declared twice is `duplicate node type`, not an id collision")
  void duplicateNodeType() {
    String source = "node Person { name: String }\nnode Person { age: I32? }\n";

    assertThat(catalogRejects(source))
        .hasMessage("catalog error: duplicate node type: Person");
    assertThat(AcceptanceCasesTest.reject(source).getMessage())
        .startsWith("catalog error: type id collision: 'Person' and 'Person' both hash to ");
  }

  @Test
  @DisplayName("L§5.1: an edge type declared twice is `duplicate edge type`")
  void duplicateEdgeType() {
    assertThat(catalogRejects(P + "edge Knows: P -> P\nedge Knows: P -> P @card(0..1)\n"))
        .hasMessage("catalog error: duplicate edge type: Knows");
  }

  @Test
  @DisplayName("L§5.1: duplicates in declaration order, every node declaration before the edges")
  void declarationOrder() {
    assertThat(catalogRejects("node Zed { a: String }\nnode Abe { a: String }\n"
        + "node Zed { b: String }\nnode Abe { b: String }\n"))
        .hasMessage("catalog error: duplicate node type: Zed");
    assertThat(catalogRejects("edge K: P -> P\nedge K: P -> P\n" + P + P))
        .hasMessage("catalog error: duplicate node type: P");
    // S-E1 follows declaration order too (the full compile checks in name order)
    String unknownEnds = P + "edge Zed: P -> Missing\nedge Abe: Gone -> P\n";
    assertThat(catalogRejects(unknownEnds))
        .hasMessage("catalog error: edge Zed references unknown target type: Missing");
    assertThat(AcceptanceCasesTest.reject(unknownEnds))
        .hasMessage("catalog error: edge Abe references unknown source type: Gone");
    // and S-E2 names the later declaration first
    assertThat(catalogRejects(P + "edge Knows: P -> P\nedge KNOWS: P -> P\n"))
        .hasMessage("catalog error: edge name collision after case folding: 'KNOWS' conflicts"
            + " with 'Knows'");
  }

  @Test
  @DisplayName("DECISIONS 19 over L§5.1: a property declared twice is still rejected, with position")
  void duplicatePropertyStillRejected() {
    String source = "node P {\n  a: String\n  b: I32\n\ta: I32\n}\n";
    String expected = "catalog error: property id collision on P: 'a' and 'a' both hash to "
        + Integer.toUnsignedString(SchemaIr.propId("node", "P", "a")) + " (at 4:2)";

    SchemaException e = catalogRejects(source);

    assertThat(e).hasMessage(expected);
    assertThat(e.diagnostics().get(0).code()).isEqualTo("S-IR2");
    assertThat(e.diagnostics().get(0).line()).isEqualTo(4);
    assertThat(AcceptanceCasesTest.reject(source)).hasMessage(expected);
    // checked before the types, in declaration order
    assertThat(catalogRejects("node Q { x: String }\nnode Q { y: String  y: String }\n"))
        .hasMessageStartingWith("catalog error: property id collision on Q: 'y' and 'y' ")
        .hasMessageEndingWith(" (at 2:21)");
  }

  @Test
  @DisplayName("errors of phases 1–5, S-I1 and S-E2 read as with the full compile")
  void otherErrorsAsTheFullCompile() {
    for (String source : new String[] {"node { }", "node P { v: Vector(0) }",
        "node P implements Nope { a: String }", P + "edge KNOWS: P -> P\nedge Knows: P -> P\n"}) {
      assertThat(catalogRejects(source)).as(source)
          .hasMessage(AcceptanceCasesTest.reject(source).getMessage());
    }
  }

  @Test
  @DisplayName("an accepted schema gives the same catalog as the full compile")
  void sameCatalog() {
    String withInterface = """
        edge WorksAt: Person -> Company { since: Date? }
        node Person implements Named { age: I32?  tags: [String]?  @index(age) }
        interface Named { name: String @key }
        node Company implements Named { founded: Date? }
        """;
    for (String name : new String[] {"test.pg", "signals.pg", "context.pg", "search.pg", ""}) {
      String source = name.isEmpty() ? withInterface : Fixtures.text(name);
      Catalog full = Schema.parse(source).catalog();
      Catalog direct = Schema.parseCatalog(source);

      assertThat(direct.nodeTypes()).as(name).isEqualTo(full.nodeTypes());
      assertThat(direct.edgeTypes()).as(name).isEqualTo(full.edgeTypes());
      assertThat(direct.interfaces()).as(name).isEqualTo(full.interfaces());
    }
  }
}
