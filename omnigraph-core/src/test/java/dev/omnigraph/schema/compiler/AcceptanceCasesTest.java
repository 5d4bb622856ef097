package dev.omnigraph.schema.compiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.omnigraph.Diagnostic;
import dev.omnigraph.Schema;
import dev.omnigraph.SchemaException;
import dev.omnigraph.schema.Annotation;
import dev.omnigraph.schema.Bound;
import dev.omnigraph.schema.Cardinality;
import dev.omnigraph.schema.Catalog;
import dev.omnigraph.schema.Constraint;
import dev.omnigraph.schema.EdgeType;
import dev.omnigraph.schema.NodeType;
import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.ScalarType;
import dev.omnigraph.schema.compiler.SchemaAst.NodeDecl;
import dev.omnigraph.testing.Fixtures;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every case of expected.md section A. */
class AcceptanceCasesTest {

  static Catalog catalog(String source) {
    return Schema.parse(source).catalog();
  }

  /** The exception rejecting {@code source}; fails the test when the source is accepted. */
  static SchemaException reject(String source) {
    SchemaException e = catchThrowableOfType(() -> Schema.parse(source), SchemaException.class);
    assertThat(e).as("expected %s to be rejected", source).isNotNull();
    return e;
  }

  @Nested
  @DisplayName("A.1 accepted")
  class Accepted {

    @Test
    @DisplayName("A01 fixtures/test.pg")
    void a01() {
      Catalog c = catalog(Fixtures.text("test.pg"));
      assertThat(c.nodeTypes().keySet()).containsExactly("Company", "Person");
      assertThat(c.edgeTypes().keySet()).containsExactly("Knows", "WorksAt");
      NodeType person = c.node("Person");
      assertThat(person.key()).containsExactly("name");
      assertThat(person.keyProperty()).hasValue("name");
      assertThat(person.indices()).containsExactly(List.of("name"));
      assertThat(person.property("age").type()).isEqualTo(PropType.of(ScalarType.I32, true));
      assertThat(person.properties().keySet()).containsExactly("age", "name");
      assertThat(c.edge("Knows").property("since").type())
          .isEqualTo(PropType.of(ScalarType.DATE, true));
      EdgeType worksAt = c.edge("WorksAt");
      assertThat(worksAt.properties()).isEmpty();
      assertThat(worksAt.cardinality()).isEqualTo(Cardinality.DEFAULT);
      assertThat(worksAt.fromType()).isEqualTo("Person");
      assertThat(worksAt.toType()).isEqualTo("Company");
    }

    @Test
    @DisplayName("A02 fixtures search.pg, signals.pg, context.pg")
    void a02() {
      assertThat(catalog(Fixtures.text("search.pg")).node("Doc").property("embedding").type())
          .isEqualTo(PropType.vector(4, false));
      assertThat(catalog(Fixtures.text("signals.pg")).nodeTypes()).hasSize(4);
      Catalog context = catalog(Fixtures.text("context.pg"));
      assertThat(context.edge("OwnedBy").cardinality()).isEqualTo(new Cardinality(1, 1L));
      assertThat(context.edge("Supersedes").uniqueConstraints())
          .containsExactly(List.of("dst", "src"));
      NodeType actor = context.node("Actor");
      assertThat(actor.property("email").type()).isEqualTo(PropType.of(ScalarType.STRING, true));
      assertThat(actor.uniqueConstraints()).containsExactly(List.of("email"));
    }

    @Test
    @DisplayName("A03 interface property injected")
    void a03() {
      NodeType person = catalog(
          "interface Named { name: String }  node Person implements Named { age: I32? }")
          .node("Person");
      assertThat(person.properties().keySet()).containsExactlyInAnyOrder("name", "age");
      assertThat(person.implementsList()).containsExactly("Named");
    }

    @Test
    @DisplayName("A04 two interfaces: 4 properties, key from an interface")
    void a04() {
      String source = "interface Slugged { slug: String @key }  interface Described { title: String"
          + "  description: String? }  node Signal implements Slugged, Described { strength: F64 }";
      NodeType signal = catalog(source).node("Signal");
      assertThat(signal.properties().keySet())
          .containsExactlyInAnyOrder("slug", "title", "description", "strength");
      assertThat(signal.key()).containsExactly("slug");
      // The parser keeps the written order; the catalog (built from the IR) sorts (L§2.9).
      NodeDecl parsed = (NodeDecl) SchemaParser.parse(source).declarations().get(2);
      assertThat(parsed.implementsList()).containsExactly("Slugged", "Described");
      assertThat(signal.implementsList()).containsExactly("Described", "Slugged");
    }

    @Test
    @DisplayName("A05 property @key and body @key(name) give the same key constraint")
    void a05() {
      for (String source : List.of("node Person { name: String @key }",
          "node Person { name: String  @key(name) }")) {
        assertThat(catalog(source).node("Person").constraints())
            .containsExactly(new Constraint.Key(List.of("name")));
      }
    }

    @Test
    @DisplayName("A06 composite @unique")
    void a06() {
      assertThat(catalog("node Person { first: String  last: String  @unique(first, last) }")
          .node("Person").uniqueConstraints()).containsExactly(List.of("first", "last"));
    }

    @Test
    @DisplayName("A07 composite @index")
    void a07() {
      assertThat(catalog("node Event { category: String  date: Date  @index(category, date) }")
          .node("Event").indices()).containsExactly(List.of("category", "date"));
    }

    @Test
    @DisplayName("A08 @range with integer bounds")
    void a08() {
      assertThat(catalog("node Person { age: I32?  @range(age, 0..200) }").node("Person")
          .rangeConstraints()).containsExactly(
              new Constraint.Range("age", new Bound.IntBound(0), new Bound.IntBound(200)));
    }

    @Test
    @DisplayName("A09 @range with negative float bounds")
    void a09() {
      assertThat(catalog("node Measurement { name: String @key  temperature: F64?"
          + "  @range(temperature, -40.0..60.0) }").node("Measurement").rangeConstraints())
          .containsExactly(new Constraint.Range("temperature", new Bound.FloatBound(-40.0),
              new Bound.FloatBound(60.0)));
    }

    @Test
    @DisplayName("A10 @range with negative integer bounds")
    void a10() {
      assertThat(catalog("node Account { name: String @key  balance: I64?"
          + "  @range(balance, -1000..1000) }").node("Account").rangeConstraints())
          .containsExactly(new Constraint.Range("balance", new Bound.IntBound(-1000),
              new Bound.IntBound(1000)));
    }

    @Test
    @DisplayName("A11 @check keeps the pattern")
    void a11() {
      assertThat(catalog("node Order { code: String  @check(code, \"[A-Z]{3}-[0-9]+\") }")
          .node("Order").checkConstraints())
          .containsExactly(new Constraint.Check("code", "[A-Z]{3}-[0-9]+"));
    }

    @Test
    @DisplayName("A12 @card(0..1)")
    void a12() {
      assertThat(catalog("node Person { name: String }  node Company { name: String }"
          + "  edge WorksAt: Person -> Company @card(0..1)").edge("WorksAt").cardinality())
          .isEqualTo(new Cardinality(0, 1L));
    }

    @Test
    @DisplayName("A13 @card(1..) is unbounded")
    void a13() {
      assertThat(catalog("node Person { name: String }  node Paper { title: String }"
          + "  edge Authored: Person -> Paper @card(1..)").edge("Authored").cardinality())
          .isEqualTo(new Cardinality(1, null));
    }

    @Test
    @DisplayName("A14 edge @unique(src, dst)")
    void a14() {
      assertThat(catalog("node Person { name: String }"
          + "  edge Knows: Person -> Person { @unique(src, dst) }").edge("Knows")
          .uniqueConstraints()).containsExactly(List.of("dst", "src"));
    }

    @Test
    @DisplayName("A15 edge property @unique and @index")
    void a15() {
      EdgeType unique = catalog("node Person { name: String }"
          + "  edge Knows: Person -> Person { weight: I32 @unique }").edge("Knows");
      assertThat(unique.uniqueConstraints()).containsExactly(List.of("weight"));
      EdgeType index = catalog("node Person { name: String }"
          + "  edge Knows: Person -> Person { weight: I32 @index }").edge("Knows");
      assertThat(index.indices()).containsExactly(List.of("weight"));
    }

    @Test
    @DisplayName("A16 @embed with an identifier argument")
    void a16() {
      NodeType doc = catalog("node Doc { title: String  embedding: Vector(3) @embed(title) }")
          .node("Doc");
      assertThat(doc.property("embedding").annotations())
          .containsExactly(new Annotation("embed", "title"));
      assertThat(doc.embedSources()).containsEntry("embedding", "title");
    }

    @Test
    @DisplayName("A17 enum values sorted; list of String")
    void a17() {
      NodeType ticket = catalog("node Ticket { status: enum(open, closed, blocked)  tags: [String] }")
          .node("Ticket");
      assertThat(ticket.property("status").type().enumValues())
          .containsExactly("blocked", "closed", "open");
      assertThat(ticket.property("tags").type()).isEqualTo(PropType.listOf(ScalarType.STRING, false));
    }

    @Test
    @DisplayName("A18 @rename_from kept on types and properties")
    void a18() {
      Catalog c = catalog("node Account @rename_from(\"User\") { full_name: String"
          + " @rename_from(\"name\") }  edge ConnectedTo: Account -> Account @rename_from(\"Knows\")");
      assertThat(c.node("Account").annotation("rename_from")).isEqualTo("User");
      assertThat(c.node("Account").property("full_name").annotation("rename_from"))
          .isEqualTo("name");
      assertThat(c.edge("ConnectedTo").annotation("rename_from")).isEqualTo("Knows");
    }

    @Test
    @DisplayName("A19 annotation strings decode escapes")
    void a19() {
      NodeType task = catalog("node Task @description(\"Tracked\\n\\\"work\\\"\\\\item\")"
          + " { slug: String @key @description(\"Stable\\tidentifier\") }").node("Task");
      assertThat(task.annotation("description")).isEqualTo("Tracked\n\"work\"\\item");
      assertThat(task.property("slug").annotation("description")).isEqualTo("Stable\tidentifier");
    }

    @Test
    @DisplayName("A20 Vector dimension")
    void a20() {
      assertThat(catalog("node Doc { embedding: Vector(3) }").node("Doc").property("embedding")
          .type().vectorDim()).isEqualTo(3);
    }

    @Test
    @DisplayName("A21 edge without body parses; the catalog then fails (A52)")
    void a21() {
      assertThat(SchemaParser.parse("edge WorksAt: Person -> Company").declarations()).hasSize(1);
      assertThat(reject("edge WorksAt: Person -> Company"))
          .hasMessage("catalog error: edge WorksAt references unknown source type: Person");
    }

    @Test
    @DisplayName("A22 comments are whitespace: same model as without them")
    void a22() {
      Schema commented = Schema.parse(
          "// people\nnode Person { /* key */ name: String @key }  // trailing");
      Schema plain = Schema.parse("node Person { name: String @key }");
      assertThat(commented.irHash()).isEqualTo(plain.irHash());
      assertThat(commented.catalog().node("Person").key()).containsExactly("name");
    }
  }

  static Stream<Arguments> rejected() {
    return Stream.of(
        Arguments.of("A31", "node Person implements Unknown { name: String }", "S-I1",
            "parse error: parse error: node Person implements unknown interface 'Unknown'"),
        Arguments.of("A32",
            "interface Named { name: I32 }  node Person implements Named { name: String }",
            "S-I2", "parse error: parse error: node Person property 'name' has type String but"
                + " interface Named declares it as I32"),
        Arguments.of("A33", "node Person { name: String  @range(name, 0..100) }", "S-R3",
            "parse error: parse error: @range on Person.name requires a numeric type, got String"),
        Arguments.of("A34", "node Person { age: I32  @check(age, \"[0-9]+\") }", "S-C1",
            "parse error: parse error: @check on Person.age requires String type, got I32"),
        Arguments.of("A35", "node Person { ext: U64 @key  ext_id: String @key }", "S-K2",
            "parse error: parse error: node type Person has multiple @key constraints; only one"
                + " is supported"),
        Arguments.of("A36", "node Person { email: String @unique(\"x\") }", "S-G1",
            "parse error: parse error: expected property name in constraint"),
        Arguments.of("A37", "node Person { email: String @index(\"x\") }", "S-G1",
            "parse error: parse error: expected property name in constraint"),
        Arguments.of("A38", "node Person @unique { email: String }", "S-A1",
            "parse error: parse error: @unique is only supported on node properties or as body"
                + " constraint (node Person)"),
        Arguments.of("A39", "node Person @index { email: String }", "S-A1",
            "parse error: parse error: @index is only supported on node properties or as body"
                + " constraint (node Person)"),
        Arguments.of("A40", "node Doc { title: String  embedding: Vector(3) @embed }", "S-P8",
            "parse error: parse error: @embed on Doc.embedding requires a source property name"),
        Arguments.of("A41", "node Doc { title: String @embed(title) }", "S-P7",
            "parse error: parse error: @embed is only supported on vector properties (Doc.title)"),
        Arguments.of("A42", "node Doc { title: String  embedding: Vector(3) @embed(body) }",
            "S-P9", "parse error: parse error: @embed on Doc.embedding references unknown source"
                + " property body"),
        Arguments.of("A43", "node Doc { body: I32  embedding: Vector(3) @embed(body) }", "S-P10",
            "parse error: parse error: @embed source property Doc.body must be String"),
        Arguments.of("A44", "node Doc { title: String }  edge Linked: Doc -> Doc"
                + " { embedding: Vector(3) @embed(title) }", "S-P5",
            "parse error: parse error: @embed is not supported on edge properties"
                + " (edge Linked.embedding)"),
        Arguments.of("A45", "node Ticket { status: enum(open, closed, open) }", "S-T3",
            "parse error: parse error: enum type cannot include duplicate values"),
        Arguments.of("A46", "node Task @description(\"Tracked\\q\") { slug: String @key }",
            "escape", "parse error: parse error: unsupported escape sequence: \\q"),
        Arguments.of("A47",
            "node Task @description(\"a\") @description(\"b\") { slug: String @key }", "S-A3",
            "parse error: parse error: node Task declares @description multiple times"),
        Arguments.of("A48", "node Task { slug: String @instruction(\"bad\") }", "S-P4",
            "parse error: parse error: @instruction is only supported on node and edge types"
                + " (property Task.slug)"),
        Arguments.of("A49", "node Ticket { tags: [String] @key }", "S-P1",
            "parse error: parse error: @key is not supported on list property Ticket.tags"),
        Arguments.of("A50", "node Doc { embedding: Vector(0) }", "S-T1",
            "parse error: parse error: Vector dimension must be greater than zero"),
        Arguments.of("A51", "node Doc { embedding: Vector(2147483648) }", "S-T1",
            "parse error: parse error: Vector dimension 2147483648 exceeds maximum supported"
                + " 2147483647"),
        Arguments.of("A52", "edge WorksAt: Person -> Company", "S-E1",
            "catalog error: edge WorksAt references unknown source type: Person"),
        Arguments.of("A53", "node Person { name: String @key }  node Person { x: I32 }", "S-IR1",
            "catalog error: type id collision: 'Person' and 'Person' both hash to "
                + Integer.toUnsignedString(SchemaIr.typeId("node", "Person"))),
        Arguments.of("A54", "node P { name: String? @key }", "S-K4",
            "parse error: parse error: @key property P.name cannot be nullable"),
        Arguments.of("A55", "node P { name: String  @key(nope) }", "S-K3",
            "parse error: parse error: @key on P references unknown property 'nope'"),
        Arguments.of("A56", "node P { name: String }  edge E: P -> P @key", "S-A2",
            "parse error: parse error: @key is not supported on edges (edge E)"),
        Arguments.of("A57", "node P { name: String }  edge E: P -> P { w: I32  @range(w, 0..5) }",
            "S-R1", "parse error: parse error: @range constraint is not supported on edges"
                + " (edge E)"),
        Arguments.of("A58", "node P { f: Blob @key }", "S-P3",
            "parse error: parse error: @key is not supported on blob property P.f"),
        Arguments.of("A59", "node P { v: Vector(3) @unique }", "S-P2",
            "parse error: parse error: @unique is not supported on vector property P.v"),
        Arguments.of("A60", "node P { xs: [Blob] }", "S-T2",
            "parse error: parse error: list of Blob is not supported"),
        Arguments.of("A61", "node P { id: String @key }", "reserved",
            "parse error: parse error: property name 'id' is reserved on P"),
        Arguments.of("A62", "node P { name: String }  edge E: P -> P { src: String }", "reserved",
            "parse error: parse error: property name 'src' is reserved on E"),
        Arguments.of("A63", "node Knows2 { a: String }  edge Knows: Knows2 -> Knows2"
                + "  edge KNOWS: Knows2 -> Knows2", "S-E2",
            "catalog error: edge name collision after case folding: 'Knows' conflicts with"
                + " 'KNOWS'"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource
  @DisplayName("A.2 rejected with the exact wire text")
  void rejected(String id, String source, String code, String message) {
    SchemaException e = reject(source);
    assertThat(e).hasMessage(message);
    Diagnostic d = e.diagnostics().get(0);
    assertThat(d.code()).isEqualTo(code);
    assertThat(d.hasPosition()).isFalse();
    assertThat(message).endsWith(d.message());
  }

  @Test
  @DisplayName("A30 node { } grammar error")
  void a30() {
    SchemaException e = reject("node { }");
    assertThat(e).hasMessage("""
        parse error:  --> 1:6
          |
        1 | node { }
          |      ^---
          |
          = expected type_name""");
    Diagnostic d = e.diagnostics().get(0);
    assertThat(d.code()).isEqualTo("grammar");
    assertThat(d.line()).isEqualTo(1);
    assertThat(d.column()).isEqualTo(6);
    assertThat(d.message()).isEqualTo("expected type_name");
  }

  @Test
  @DisplayName("A32/A33/A34/A35/A45/A46/A50/A51/A60 also contain the spec's key words")
  void keyWords() {
    assertThat(reject("node Person { name: String  @range(name, 0..100) }").getMessage())
        .contains("numeric");
    assertThat(reject("node Person { age: I32  @check(age, \"[0-9]+\") }").getMessage())
        .contains("String");
    assertThat(reject("node Person { ext: U64 @key  ext_id: String @key }").getMessage())
        .contains("multiple @key");
    assertThat(reject("node Ticket { status: enum(open, closed, open) }").getMessage())
        .contains("duplicate values");
    assertThat(reject("node Task @description(\"Tracked\\q\") { slug: String @key }")
        .getMessage()).contains("unsupported escape sequence");
    assertThat(reject("node Doc { embedding: Vector(0) }").getMessage())
        .contains("Vector dimension");
    assertThat(reject("node Doc { embedding: Vector(2147483648) }").getMessage())
        .contains("exceeds maximum supported");
    assertThat(reject("node P { xs: [Blob] }").getMessage())
        .contains("list of Blob is not supported");
  }
}
