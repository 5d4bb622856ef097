package dev.omnigraph.schema.compiler;

import static dev.omnigraph.schema.compiler.AcceptanceCasesTest.reject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.Schema;
import dev.omnigraph.SchemaException;
import dev.omnigraph.schema.Catalog;
import dev.omnigraph.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The canonical IR (languages.md §2.10). Snapshots were produced by the reference implementation
 * from the same sources.
 */
class SchemaIrTest {
  private static final String TEST_PG_HASH =
      "sha256:e37013207fea258e1168975dae0d8a540c99e9f0aaa47da43171bed900a51a95";

  private static final String RICH = """
      interface Slugged { slug: String @key }
      node Decision @description("A decision") implements Slugged {
          title: String @index
          status: enum(proposed, accepted, rejected)
          score: F64?
          tags: [String]?
          body: String?
          embedding: Vector(4)? @embed(body)
          @range(score, 0.0..1.0)
          @check(title, "[A-Z].*")
      }
      edge Supersedes: Decision -> Decision @card(0..1) { @unique(src, dst) }
      """;

  private static String resource(String name) throws IOException {
    try (InputStream in = SchemaIrTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  @DisplayName("fixtures/test.pg: pretty IR snapshot and hash")
  void testPgSnapshot() throws IOException {
    Schema s = Schema.parse(Fixtures.text("test.pg"));
    assertThat(s.irPrettyJson()).isEqualTo(resource("test.pg.ir.json").stripTrailing());
    assertThat(s.irHash()).isEqualTo(TEST_PG_HASH);
    assertThat(s.irJson()).startsWith("{\"ir_version\":1,\"interfaces\":[],\"nodes\":[{\"name\":"
        + "\"Company\",\"type_id\":48283596,\"annotations\":[],\"implements\":[],\"properties\":"
        + "[{\"name\":\"name\",\"prop_id\":2975594761,\"prop_type\":{\"scalar\":\"String\","
        + "\"nullable\":false,\"list\":false,\"enum_values\":null},\"annotations\":[{\"name\":"
        + "\"key\",\"value\":null}]}],\"constraints\":[{\"Key\":[\"name\"]}]}");
  }

  @Test
  @DisplayName("interfaces, enums, vectors, float bounds, checks, cardinality: compact snapshot")
  void richSnapshot() {
    Schema s = Schema.parse(RICH);
    assertThat(s.irJson()).isEqualTo("{\"ir_version\":1,\"interfaces\":[{\"name\":\"Slugged\","
        + "\"type_id\":443139427,\"properties\":[{\"name\":\"slug\",\"prop_id\":352729060,"
        + "\"prop_type\":{\"scalar\":\"String\",\"nullable\":false,\"list\":false,\"enum_values\":"
        + "null},\"annotations\":[{\"name\":\"key\",\"value\":null}]}]}],\"nodes\":[{\"name\":"
        + "\"Decision\",\"type_id\":2583038387,\"annotations\":[{\"name\":\"description\","
        + "\"value\":\"A decision\"}],\"implements\":[\"Slugged\"],\"properties\":[{\"name\":"
        + "\"body\",\"prop_id\":2020643091,\"prop_type\":{\"scalar\":\"String\",\"nullable\":true,"
        + "\"list\":false,\"enum_values\":null},\"annotations\":[]},{\"name\":\"embedding\","
        + "\"prop_id\":1557309648,\"prop_type\":{\"scalar\":{\"Vector\":4},\"nullable\":true,"
        + "\"list\":false,\"enum_values\":null},\"annotations\":[{\"name\":\"embed\",\"value\":"
        + "\"body\"}]},{\"name\":\"score\",\"prop_id\":718920711,\"prop_type\":{\"scalar\":\"F64\","
        + "\"nullable\":true,\"list\":false,\"enum_values\":null},\"annotations\":[]},{\"name\":"
        + "\"slug\",\"prop_id\":1917773428,\"prop_type\":{\"scalar\":\"String\",\"nullable\":false,"
        + "\"list\":false,\"enum_values\":null},\"annotations\":[{\"name\":\"key\",\"value\":null}]},"
        + "{\"name\":\"status\",\"prop_id\":1291670173,\"prop_type\":{\"scalar\":\"String\","
        + "\"nullable\":false,\"list\":false,\"enum_values\":[\"accepted\",\"proposed\","
        + "\"rejected\"]},\"annotations\":[]},{\"name\":\"tags\",\"prop_id\":3186736542,"
        + "\"prop_type\":{\"scalar\":\"String\",\"nullable\":true,\"list\":true,\"enum_values\":"
        + "null},\"annotations\":[]},{\"name\":\"title\",\"prop_id\":3824654827,\"prop_type\":"
        + "{\"scalar\":\"String\",\"nullable\":false,\"list\":false,\"enum_values\":null},"
        + "\"annotations\":[{\"name\":\"index\",\"value\":null}]}],\"constraints\":[{\"Check\":"
        + "{\"property\":\"title\",\"pattern\":\"[A-Z].*\"}},{\"Index\":[\"title\"]},{\"Key\":"
        + "[\"slug\"]},{\"Range\":{\"property\":\"score\",\"min\":{\"Float\":0.0},\"max\":"
        + "{\"Float\":1.0}}}]}],\"edges\":[{\"name\":\"Supersedes\",\"type_id\":2408998639,"
        + "\"from_type\":\"Decision\",\"to_type\":\"Decision\",\"cardinality\":{\"min\":0,"
        + "\"max\":1},\"annotations\":[],\"properties\":[],\"constraints\":[{\"Unique\":[\"dst\","
        + "\"src\"]}]}]}");
    assertThat(s.irHash())
        .isEqualTo("sha256:5f0d3b6cd1864a81dca36bd8fb4acb485061102ec98ccde3ee5c259a094fdac7");
  }

  static Stream<Arguments> sameMeaning() {
    return Stream.of(
        Arguments.of("declaration order, whitespace and comments", Fixtures.text("test.pg"), """
            // reordered
            edge WorksAt: Person -> Company
            edge Knows: Person -> Person { /* when */ since: Date? }
            node Company { name: String @key }
            node Person { age: I32?   name: String @key }"""),
        Arguments.of("annotation order", "node N @b @a(\"x\") @a { p: String @z @y }",
            "node N @a @a(\"x\") @b { p: String @y @z }"),
        Arguments.of("implements order and duplicates",
            "interface I { a: String }  interface J { b: String }  node N implements J, I, J { }",
            "interface J { b: String }  interface I { a: String }  node N implements I, J { }"),
        Arguments.of("enum value order", "node N { s: enum(b, c, a) }", "node N { s: enum(a, b, c) }"),
        Arguments.of("constraint order and column order",
            "node N { a: String  b: I32  @unique(b, a)  @index(a)  @key(a, b) }",
            "node N { a: String  b: I32  @key(b, a)  @index(a)  @unique(a, b) }"),
        Arguments.of("integer bound spelling", "node N { a: I32  @range(a, 007..10) }",
            "node N { a: I32  @range(a, 7..10) }"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  @DisplayName("edits that do not change the meaning keep the hash")
  void sameMeaning(String what, String a, String b) {
    assertThat(Schema.parse(a).irHash()).isEqualTo(Schema.parse(b).irHash());
    assertThat(Schema.parse(a).irJson()).isEqualTo(Schema.parse(b).irJson());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "node Person { name: String @key  age: I64? }",
      "node Person { name: String @key  age: I32 }",
      "node Person { name: String @key  years: I32? }",
      "node Person { name: String @key  age: I32? @description(\"age\") }",
      "node Person { name: String @key @index  age: I32? }",
      "node Person { name: String @key  age: I32?  @range(age, 0..150) }",
      "node Person { name: String @key  age: I32?  @range(age, 0.0..150) }",
      "node Person @description(\"p\") { name: String @key  age: I32? }",
      "node Human { name: String @key  age: I32? }"})
  @DisplayName("any change of meaning changes the hash")
  void differentMeaning(String person) {
    String base = "node Person { name: String @key  age: I32? }";
    assertThat(Schema.parse(person).irHash()).isNotEqualTo(Schema.parse(base).irHash());
  }

  @Test
  @DisplayName("edge cardinality and annotations are part of the meaning")
  void edgeChanges() {
    String p = "node P { n: String @key }  ";
    String base = Schema.parse(p + "edge E: P -> P").irHash();
    assertThat(Schema.parse(p + "edge E: P -> P @card(0..)").irHash()).isEqualTo(base);
    assertThat(Schema.parse(p + "edge E: P -> P @card(0..1)").irHash()).isNotEqualTo(base);
    assertThat(Schema.parse(p + "edge E: P -> P @x").irHash()).isNotEqualTo(base);
  }

  @ParameterizedTest
  @ValueSource(strings = {"test.pg", "search.pg", "signals.pg", "context.pg"})
  @DisplayName("fromIr(compile(x).irJson) rebuilds an equal catalog with the same hash")
  void roundTrip(String fixture) {
    Schema compiled = Schema.parse(Fixtures.text(fixture));
    for (String json : new String[] {compiled.irJson(), compiled.irPrettyJson()}) {
      CompiledSchema rebuilt = SchemaCompiler.fromIr(json);
      assertThat(rebuilt.irHash()).isEqualTo(compiled.irHash());
      assertThat(rebuilt.irJson()).isEqualTo(compiled.irJson());
      assertThat(rebuilt.irPrettyJson()).isEqualTo(compiled.irPrettyJson());
      assertSameCatalog(rebuilt.catalog(), compiled.catalog());
    }
  }

  @Test
  @DisplayName("round trip keeps interfaces, enums, vectors, bounds and escapes")
  void roundTripRich() {
    Schema compiled = Schema.parse(RICH.replace("\"A decision\"", "\"tab\\tquote\\\" é\"")
        .replace("@range(score, 0.0..1.0)", "@range(score, -0.0..0.00001) @range(score, ..9)"));
    CompiledSchema rebuilt = SchemaCompiler.fromIr(compiled.irPrettyJson());
    assertThat(rebuilt.irJson()).isEqualTo(compiled.irJson());
    assertSameCatalog(rebuilt.catalog(), compiled.catalog());
  }

  private static void assertSameCatalog(Catalog actual, Catalog expected) {
    assertThat(actual.nodeTypes()).isEqualTo(expected.nodeTypes());
    assertThat(actual.edgeTypes()).isEqualTo(expected.edgeTypes());
    assertThat(actual.interfaces()).isEqualTo(expected.interfaces());
  }

  @Test
  @DisplayName("an IR of another version is refused")
  void otherVersion() {
    String ir = Schema.parse("node A { a: String }").irJson().replace("\"ir_version\":1",
        "\"ir_version\":2");
    assertThatThrownBy(() -> SchemaCompiler.fromIr(ir)).isInstanceOf(SchemaException.class)
        .hasMessage("catalog error: unsupported schema ir_version 2 (expected 1)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "[]", "{\"ir_version\":1}", "{\"ir_version\":\"1\"}",
      "{\"ir_version\":1,\"interfaces\":[],\"nodes\":[{\"name\":\"A\"}],\"edges\":[]}",
      "{\"ir_version\":1,\"interfaces\":[],\"nodes\":[],\"edges\":[]",
      "{\"ir_version\":1,\"interfaces\":[],\"nodes\":[{\"name\":\"A\",\"type_id\":1,"
          + "\"annotations\":[],\"implements\":[],\"properties\":[],\"constraints\":[{\"Foo\":[]}]}],"
          + "\"edges\":[]}"})
  @DisplayName("a malformed IR document is a catalog error")
  void malformed(String json) {
    assertThatThrownBy(() -> SchemaCompiler.fromIr(json)).isInstanceOf(SchemaException.class)
        .hasMessageStartingWith("catalog error: invalid schema ir: ");
  }

  @Test
  @DisplayName("the catalog checks run on a stored IR too")
  void catalogChecksOnStoredIr() {
    String ir = Schema.parse("node A { a: String }  edge E: A -> A").irJson()
        .replace("\"to_type\":\"A\"", "\"to_type\":\"B\"");
    assertThatThrownBy(() -> SchemaCompiler.fromIr(ir))
        .hasMessage("catalog error: edge E references unknown target type: B");
    String twice = Schema.parse("node A { a: String }").irJson().replaceFirst(
        "\"nodes\":\\[(.*)\\],\"edges\"", "\"nodes\":[$1,$1],\"edges\"");
    assertThatThrownBy(() -> SchemaCompiler.fromIr(twice))
        .hasMessage("catalog error: duplicate node type: A");
  }

  @Test
  @DisplayName("ids are FNV-1a 32 of kind:name and kind:owner:property; sort keys use Rust {:?}")
  void idsAndSortKeys() {
    assertThat(Integer.toUnsignedString(SchemaIr.typeId("node", "Person"))).isEqualTo("3227219152");
    assertThat(Integer.toUnsignedString(SchemaIr.propId("node", "Person", "age")))
        .isEqualTo("3446138241");
    // 1e16 sorts by its Rust debug text "Some(Float(1e16))", before "Some(Float(2.0))"
    String ir = Schema.parse(
        "node N { a: F64  @range(a, 2.0..)  @range(a, 10000000000000000.0..) }").irJson();
    assertThat(ir).contains("{\"Range\":{\"property\":\"a\",\"min\":{\"Float\":1e16},\"max\":null}},"
        + "{\"Range\":{\"property\":\"a\",\"min\":{\"Float\":2.0},\"max\":null}}");
  }

  @Test
  @DisplayName("DECISIONS 9: ..N is an upper bound, N.. a lower one")
  void openRanges() {
    assertThat(Schema.parse("node N { a: I32  @range(a, ..5)  @range(a, 1..) }").irJson())
        .contains("{\"Range\":{\"property\":\"a\",\"min\":null,\"max\":{\"Integer\":5}}},"
            + "{\"Range\":{\"property\":\"a\",\"min\":{\"Integer\":1},\"max\":null}}");
  }

  @Test
  @DisplayName("an integer bound beyond 64 bits is kept as a float bound")
  void hugeBound() {
    assertThat(Schema.parse("node N { a: F64  @range(a, 99999999999999999999..) }").irJson())
        .contains("\"min\":{\"Float\":1e20}");
    assertThat(reject("node N { a: Bool  @range(a, 99999999999999999999..) }"))
        .hasMessage("parse error: parse error: @range on N.a requires a numeric type, got Bool");
  }
}
