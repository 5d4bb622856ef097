package dev.omnigraph.schema.compiler;

import static dev.omnigraph.schema.compiler.AcceptanceCasesTest.reject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.omnigraph.Diagnostic;
import dev.omnigraph.Schema;
import dev.omnigraph.SchemaException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of languages.md §2.8 (and our phase-2 codes): an accepted neighbour of each rejected
 * schema, and the exact wire text and diagnostic code of the rejection.
 */
class ValidationRulesTest {
  private static final String PARSE = "parse error: parse error: ";
  private static final String P = "node P { name: String @key }  ";

  static Stream<Arguments> rules() {
    return Stream.of(
        // phase 2: per item
        rule("S-T1", "node D { v: Vector(2147483647) }", "node D { v: Vector(0) }",
            PARSE + "Vector dimension must be greater than zero"),
        rule("S-T1", "node D { v: Vector(1) }", "node D { v: Vector(4294967295) }",
            PARSE + "Vector dimension 4294967295 exceeds maximum supported 2147483647"),
        rule("S-T1", "node D { v: Vector(0002) }", "node D { v: Vector(4294967296) }",
            PARSE + "invalid Vector dimension: number too large to fit in target type"),
        rule("S-T2", "node D { xs: [Bool] }", "node D { xs: [Blob]? }",
            PARSE + "list of Blob is not supported"),
        rule("S-T3", "node D { s: enum(a, b, A) }", "node D { s: enum(a, b, a) }",
            PARSE + "enum type cannot include duplicate values"),
        rule("S-N1", P + "edge E: P -> P @card(4294967295..)", P + "edge E: P -> P @card(4294967296..)",
            PARSE + "invalid cardinality min: 4294967296"),
        rule("S-N1", P + "edge E: P -> P @card(0..4294967295)",
            P + "edge E: P -> P @card(0..99999999999)", PARSE + "invalid cardinality max: 99999999999"),
        rule("S-N2", P + "edge E: P -> P @card(1..1)", P + "edge E: P -> P @card(2..1)",
            PARSE + "cardinality min (2) exceeds max (1)"),
        rule("S-G1", "node D { a: String  @key(a) }", "node D { a: String  @key(1) }",
            PARSE + "expected property name in constraint"),
        rule("S-G2", "node D { a: I32  @range(a, 1..) }", "node D { a: I32  @range(a) }",
            PARSE + "@range requires property name and bounds: @range(prop, min..max)"),
        rule("S-G2", "node D { a: I32  @range(a, ..9, extra) }", "node D { a: I32  @range(a, 9) }",
            PARSE + "expected range bounds (min..max) in @range constraint"),
        rule("S-G3", "node D { a: String  @check(a, \"x\", 1) }", "node D { a: String  @check(a) }",
            PARSE + "@check requires property name and pattern: @check(prop, \"regex\")"),
        rule("S-G3", "node D { a: String  @check(a, \"x\") }", "node D { a: String  @check(a, x) }",
            PARSE + "expected string argument in constraint"),
        rule("escape", "node D @description(\"tab\\there\") { a: String }",
            "node D @description(\"\\u0041\") { a: String }",
            PARSE + "unsupported escape sequence: \\u"),
        // phase 3: interfaces
        rule("S-I1", "interface I { a: String }  node D implements I, I { }",
            "interface I { a: String }  node D implements I, J { }",
            PARSE + "node D implements unknown interface 'J'"),
        rule("S-I2", "interface I { s: enum(b, a) }  node D implements I { s: enum(a, b) }",
            "interface I { s: enum(b, a) }  node D implements I { s: enum(a, b)? }",
            PARSE + "node D property 's' has type enum(a, b)? but interface I declares it as"
                + " enum(a, b)"),
        // phase 4: annotations
        rule("S-A1", "node D @custom @embedded { a: String }", "node D @embed(a) { a: String }",
            PARSE + "@embed is only supported on node properties or as body constraint (node D)"),
        rule("S-A2", P + "edge E: P -> P @keys", P + "edge E: P -> P @unique",
            PARSE + "@unique is not supported on edges (edge E)"),
        rule("S-A3", P + "edge E: P -> P @instruction(\"a\") @description(\"b\")",
            P + "edge E: P -> P @instruction(\"a\") @instruction(\"b\")",
            PARSE + "edge E declares @instruction multiple times"),
        rule("S-A3", "node D { a: String @description(\"x\") }",
            "node D { a: String @description(\"x\") @description(\"y\") }",
            PARSE + "property D.a declares @description multiple times"),
        rule("S-A4", "node D @description(\" x \") { a: String }",
            "node D @description(\" \\t \") { a: String }",
            PARSE + "@description on node D requires a non-empty value"),
        rule("S-A4", "node D { a: String @description(x) }", "node D { a: String @description }",
            PARSE + "@description on property D.a requires a non-empty value"),
        rule("S-P1", "node D { xs: [String] @description(\"d\") }", "node D { xs: [String] @index }",
            PARSE + "@index is not supported on list property D.xs"),
        rule("S-P2", "node D { v: Vector(2) @index }", "node D { v: Vector(2) @key }",
            PARSE + "@key is not supported on vector property D.v"),
        rule("S-P3", "node D { b: Blob? }", "node D { b: Blob @index }",
            PARSE + "@index is not supported on blob property D.b"),
        rule("S-P4", "node D @instruction(\"x\") { a: String }", "node D { a: String @instruction }",
            PARSE + "@instruction is only supported on node and edge types (property D.a)"),
        rule("S-P5", P + "edge E: P -> P { w: I32 @index }", P + "edge E: P -> P { w: I32 @key }",
            PARSE + "@key is not supported on edge properties (edge E.w)"),
        rule("S-P6", "node D { a: String @unique @index }", "node D { a: String @unique @unique }",
            PARSE + "property D.a declares @unique multiple times"),
        rule("S-P1", "node D { t: String  v: Vector(2) @embed(t) }",
            "node D { t: String  v: [F32] @embed(t) }",
            PARSE + "@embed is not supported on list property D.v"),
        rule("S-P7", "node D { t: String  v: Vector(2) @embed(t) }",
            "node D { t: String  v: F32 @embed(t) }",
            PARSE + "@embed is only supported on vector properties (D.v)"),
        rule("S-P8", "node D { t: String  v: Vector(2) @embed(\"t\") }",
            "node D { t: String  v: Vector(2) @embed(\" \") }",
            PARSE + "@embed on D.v requires a non-empty source property name"),
        rule("S-P9", "interface I { t: String }  node D implements I { v: Vector(2) @embed(t) }",
            "node D { v: Vector(2) @embed(t) }",
            PARSE + "@embed on D.v references unknown source property t"),
        rule("S-P10", "node D { t: enum(a)  v: Vector(2) @embed(t) }",
            "node D { t: [String]  v: Vector(2) @embed(t) }",
            PARSE + "@embed source property D.t must be String"),
        // phase 5: constraints
        rule("S-K1", P + "edge E: P -> P { w: I32  @unique(w) }",
            P + "edge E: P -> P { w: I32  @key(w) }",
            PARSE + "@key constraint is not supported on edges (edge E)"),
        rule("S-K2", "node D { a: String  b: String  @key(a, b) }",
            "node D { a: String @key  b: String  @key(b) }",
            PARSE + "node type D has multiple @key constraints; only one is supported"),
        rule("S-K3", "node D { a: String  @key(a) }", "node D { a: String  @key(a, b) }",
            PARSE + "@key on D references unknown property 'b'"),
        rule("S-K4", "node D { a: I64  @key(a) }", "node D { a: [I64]  @key(a) }",
            PARSE + "@key is not supported on list property D.a"),
        rule("S-K4", "node D { a: Date  @key(a) }", "node D { a: Vector(2)  @key(a) }",
            PARSE + "@key is not supported on vector property D.a"),
        rule("S-K4", "node D { a: DateTime  @key(a) }", "node D { a: Blob  @key(a) }",
            PARSE + "@key is not supported on blob property D.a"),
        rule("S-U1", P + "edge E: P -> P { @unique(src, dst) }", P + "edge E: P -> P { @unique(to) }",
            PARSE + "@unique on E references unknown property 'to'"),
        rule("S-X1", "node D { a: String  @index(a) }", "node D { a: String  @index(src) }",
            PARSE + "@index on D references unknown property 'src'"),
        rule("S-X2", "node D { b: Blob  @unique(b) }", "node D { b: Blob  @index(b) }",
            PARSE + "@index is not supported on blob property D.b"),
        rule("S-R1", "node D { w: U32  @range(w, 0..5) }", P + "edge E: P -> P { @range(w, 0..5) }",
            PARSE + "@range constraint is not supported on edges (edge E)"),
        rule("S-R2", "node D { w: U64  @range(w, 0..5) }", "node D { w: U64  @range(x, 0..5) }",
            PARSE + "@range on D references unknown property 'x'"),
        rule("S-R3", "node D { w: [F32]  @range(w, 0.5..) }", "node D { w: Bool  @range(w, 0..1) }",
            PARSE + "@range on D.w requires a numeric type, got Bool"),
        rule("S-C1", "node D { s: String  @check(s, \"a\") }",
            P + "edge E: P -> P { s: String  @check(s, \"a\") }",
            PARSE + "@check constraint is not supported on edges (edge E)"),
        rule("S-C1", "node D { s: [String]?  @check(s, \"a\") }",
            "node D { s: String  @check(t, \"a\") }",
            PARSE + "@check on D references unknown property 't'"),
        rule("S-C1", "node D { s: enum(x, y)  @check(s, \"a\") }",
            "node D { s: Vector(3)?  @check(s, \"a\") }",
            PARSE + "@check on D.s requires String type, got Vector(3)?"),
        rule("reserved", "node D { ident: String }  edge E: D -> D { source: String }",
            "node D { ident: String }  edge E: D -> D { dst: String }",
            PARSE + "property name 'dst' is reserved on E"),
        // phase 6: IR
        rule("S-IR1", "node Knows { a: String }  edge Knows: Knows -> Knows",
            "interface I { a: String }  interface I { b: String }",
            "catalog error: type id collision: 'I' and 'I' both hash to "
                + Integer.toUnsignedString(SchemaIr.typeId("interface", "I"))),
        // phase 7: catalog
        rule("S-E1", P + "edge E: P -> P", "interface I { a: String }  " + P + "edge E: P -> I",
            "catalog error: edge E references unknown target type: I"),
        rule("S-E1", P + "edge E: P -> P", P + "edge E: Q -> Missing",
            "catalog error: edge E references unknown source type: Q"),
        rule("S-E2", P + "edge Knows: P -> P  edge Knows_: P -> P",
            P + "edge KnowS: P -> P  edge KNOWs: P -> P",
            "catalog error: edge name collision after case folding: 'KnowS' conflicts with 'KNOWs'"));
  }

  private static Arguments rule(String code, String accepted, String rejected, String message) {
    return Arguments.of(code, accepted, rejected, message);
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("rules")
  @DisplayName("accepted neighbour compiles")
  void accepts(String code, String accepted, String rejected, String message) {
    assertThatCode(() -> Schema.parse(accepted)).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("rules")
  @DisplayName("rejected with the exact text and the rule's code")
  void rejects(String code, String accepted, String rejected, String message) {
    SchemaException e = reject(rejected);
    assertThat(e).hasMessage(message);
    assertThat(e.diagnostics()).hasSize(1);
    assertThat(e.diagnostics().get(0).code()).isEqualTo(code);
  }

  @Test
  @DisplayName("S-IR2 (DECISIONS 19): duplicate property, with the second declaration's position")
  void duplicateProperty() {
    SchemaException e = reject("node P {\n  a: String\n  b: I32\n\ta: I32\n}");
    int id = SchemaIr.propId("node", "P", "a");
    assertThat(e).hasMessage("catalog error: property id collision on P: 'a' and 'a' both hash to "
        + Integer.toUnsignedString(id) + " (at 4:2)");
    Diagnostic d = e.diagnostics().get(0);
    assertThat(d.code()).isEqualTo("S-IR2");
    assertThat(d.line()).isEqualTo(4);
    assertThat(d.column()).isEqualTo(2);
    assertThat(Schema.parse("node P {\n  a: String\n  b: I32\n}").catalog().node("P")
        .properties()).hasSize(2);
  }

  @Test
  @DisplayName("S-IR2 also applies to interfaces, even when no node implements them")
  void duplicateInterfaceProperty() {
    assertThat(reject("interface I { a: String  a: String }").getMessage())
        .startsWith("catalog error: property id collision on I: 'a' and 'a' both hash to ")
        .endsWith(" (at 1:26)");
  }

  @Test
  @DisplayName("S-I2 also checks a property injected by an earlier interface")
  void injectedThenConflicting() {
    assertThat(reject("interface A { x: I32 }  interface B { x: I64 }  node N implements A, B { }"))
        .hasMessage(PARSE + "node N property 'x' has type I32 but interface B declares it as I64");
  }

  @Test
  @DisplayName("an interface-injected property is validated on the implementing node")
  void injectedPropertiesAreValidated() {
    assertThat(reject("interface I { id: String @key }  node N implements I { }"))
        .hasMessage(PARSE + "property name 'id' is reserved on N");
    assertThat(reject("interface I { tags: [String] @unique }  node N implements I { }"))
        .hasMessage(PARSE + "@unique is not supported on list property N.tags");
    // when the node declares the property itself, the interface's annotations are ignored
    assertThatCode(() -> Schema.parse(
        "interface I { tags: [String] @unique }  node N implements I { tags: [String] }"))
        .doesNotThrowAnyException();
  }

  @Test
  @DisplayName("phases run in order: an earlier phase wins over an earlier declaration")
  void phaseOrder() {
    // phase 3 (second declaration) before phase 5 (first declaration)
    assertThat(reject("node A { a: String?  @key(a) }  node B implements Nope { }"))
        .hasMessage(PARSE + "node B implements unknown interface 'Nope'");
    // phase 2 (second declaration) before phase 4 (first declaration)
    assertThat(reject("node A @key { a: String }  node B { v: Vector(0) }"))
        .hasMessage(PARSE + "Vector dimension must be greater than zero");
    // phase 5 before the reserved-name check, across declarations
    assertThat(reject("node A { id: String }  node B { b: String  @key(x) }"))
        .hasMessage(PARSE + "@key on B references unknown property 'x'");
    // phase 5 before phase 6
    assertThat(reject("node A { a: String @key  a: String @key }"))
        .hasMessage(PARSE + "node type A has multiple @key constraints; only one is supported");
    // within a declaration, items in source order
    assertThat(reject("node A @description(\"\\q\") { v: Vector(0) }"))
        .hasMessage(PARSE + "unsupported escape sequence: \\q");
    // phase 7 sorts edges by name: B is checked before C
    assertThat(reject(P + "edge C: X -> P  edge B: P -> Y"))
        .hasMessage("catalog error: edge B references unknown target type: Y");
  }

  @Test
  @DisplayName("accepted although odd (kept as the reference does)")
  void oddButAccepted() {
    assertThatCode(() -> Schema.parse("node D { v: Vector(2)  xs: [I32]  b: Blob  ys: [String]"
        + "  @unique(v)  @index(v)  @unique(xs)  @index(xs)  @unique(b)  @range(xs, 0..1)"
        + "  @check(ys, \"a\")  @unique(v, v) }")).doesNotThrowAnyException();
  }
}
