package dev.omnigraph.constraint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.Schema;
import dev.omnigraph.constraint.ConstraintValidator.WritePath;
import dev.omnigraph.constraint.Violation.Rule;
import dev.omnigraph.schema.Catalog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** semantics.md §11, rule by rule, with the exact messages and the checking order. */
class ConstraintValidatorTest {
  private static final Catalog CATALOG = Schema.parse("""
      node Person {
        name: String @key
        age: I32?
        score: F32?
        big: U64?
        code: String?
        role: enum(admin, guest)?
        emb: Vector(2)
        file: Blob
        first: String?
        last: String?
        @range(age, 0..120)
        @range(score, 0.5..)
        @range(big, ..10)
        @check(code, "[A-Z]{2}")
        @unique(first, last)
        @unique(code)
      }
      node Bad { k: String @key  v: String?  @check(v, "(unclosed") }
      edge Knows: Person -> Person @card(1..2) { @unique(src, dst) }
      """).catalog();

  private final ConstraintValidator person = ConstraintValidator.of(CATALOG.node("Person"));
  private final ColumnLayout layout = person.layout();

  private Object[] row(Object... pairs) {
    Object[] row = new Object[layout.size()];
    row[0] = "id";
    row[layout.indexOf("emb")] = new float[] {1, 2};
    row[layout.indexOf("file")] = new dev.omnigraph.value.BlobValue.Uri("s3://x");
    row[layout.indexOf("name")] = "n";
    for (int i = 0; i < pairs.length; i += 2) {
      row[layout.indexOf((String) pairs[i])] = pairs[i + 1];
    }
    return row;
  }

  private List<Violation> check(Object[] row, WritePath path) {
    List<Violation> out = new ArrayList<>();
    person.checkValues(row, path, out::add);
    return out;
  }

  private List<String> messages(Object[] row) {
    return check(row, WritePath.LOAD).stream().map(Violation::message).toList();
  }

  @Test
  void layoutIsIdThenPropertiesByName() {
    assertThat(layout.names()).containsExactly("id", "age", "big", "code", "emb", "file", "first",
        "last", "name", "role", "score");
    ColumnLayout edge = ConstraintValidator.of(CATALOG.edge("Knows")).layout();
    assertThat(edge.names()).containsExactly("id", "src", "dst");
    assertThat(edge.tableKey()).isEqualTo("edge:Knows");
  }

  @Test
  void aValidRowHasNoViolations() {
    assertThat(messages(row("age", 30, "score", 1.5f, "big", 3L, "code", "AB", "role", "admin")))
        .isEmpty();
  }

  @Test
  void requiredValuesPerWritePath() {
    Object[] r = row("name", null, "emb", null, "file", null);
    assertThat(messages(r)).containsExactly(
        "non-nullable vector property 'emb' has null values",
        "non-nullable blob property 'file' has null values",
        "non-nullable property 'name' has null or invalid values");
    assertThat(check(r, WritePath.MUTATION)).extracting(Violation::message).containsExactly(
        "missing required property 'emb'", "missing required property 'file'",
        "missing required property 'name'");
  }

  @Test
  void rangeBoundsAreInclusiveAndRenderedPlain() {
    assertThat(messages(row("age", 0))).isEmpty();
    assertThat(messages(row("age", 120))).isEmpty();
    assertThat(messages(row("age", 121))).containsExactly("@range violation on Person.age: value 121 > max 120");
    assertThat(messages(row("age", -1))).containsExactly("@range violation on Person.age: value -1 < min 0");
    assertThat(messages(row("score", 0.25f)))
        .containsExactly("@range violation on Person.score: value 0.25 < min 0.5");
    assertThat(messages(row("score", Float.NaN)))
        .containsExactly("@range violation on Person.score: value is NaN");
    assertThat(messages(row("big", -1L))) // U64 max: 18446744073709551615 as float64
        .containsExactly("@range violation on Person.big: value 18446744073709552000 > max 10");
  }

  @Test
  void checkMatchesTheWholeValue() {
    assertThat(messages(row("code", "AB"))).isEmpty();
    assertThat(messages(row("code", "ABC")))
        .containsExactly("@check violation on Person.code: value 'ABC' does not match pattern '[A-Z]{2}'");
  }

  @Test
  void invalidRegexIsReportedForValues() {
    ConstraintValidator bad = ConstraintValidator.of(CATALOG.node("Bad"));
    List<Violation> out = new ArrayList<>();
    bad.checkValues(new Object[] {"k", "k", "x"}, WritePath.LOAD, out::add);
    assertThat(out).singleElement().satisfies(v -> {
      assertThat(v.rule()).isEqualTo(Rule.CHECK);
      assertThat(v.message()).startsWith("@check on Bad.v has invalid regex '(unclosed': Unclosed group");
    });
    out.clear();
    bad.checkValues(new Object[] {"k", "k", null}, WritePath.LOAD, out::add);
    assertThat(out).isEmpty();
  }

  @Test
  void enumsAndEnumListElements() {
    assertThat(messages(row("role", "root")))
        .containsExactly("invalid enum value 'root' for Person.role (expected: admin, guest)");
    // the schema language has no list of enums, but the model does (e.g. built by hand)
    dev.omnigraph.schema.NodeType tagged = new dev.omnigraph.schema.NodeType("T", 1, List.of(),
        List.of(), java.util.Map.of("tags", new dev.omnigraph.schema.Property("tags",
            new dev.omnigraph.schema.PropType(dev.omnigraph.schema.ScalarType.STRING, 0, true, true,
                List.of("a", "b")), List.of())), List.of());
    List<Violation> out = new ArrayList<>();
    ConstraintValidator.of(tagged).checkValues(new Object[] {"id", Arrays.asList("a", null, "x", "y")},
        WritePath.LOAD, out::add);
    assertThat(out).extracting(Violation::message)
        .containsExactly("invalid enum value 'x' for T.tags (expected: a, b)");
  }

  @Test
  void violationsComeInCheckingOrder() {
    List<Violation> v = check(row("name", null, "age", 500, "code", "x", "role", "root"), WritePath.LOAD);
    assertThat(v).extracting(Violation::rule)
        .containsExactly(Rule.REQUIRED, Rule.RANGE, Rule.CHECK, Rule.ENUM);
  }

  @Test
  void uniqueTuplesWithinAWriteAndAgainstStoredRows() {
    UniqueIndex idx = person.newUniqueIndex();
    List<Violation> out = new ArrayList<>();
    idx.add(0, row("first", "Ann", "last", "Lee", "code", "AB"), out::add);
    idx.add(1, row("first", "Ann", "last", "Kim"), out::add);
    idx.add(2, row("first", "Ann", "last", null), out::add); // a null component is exempt
    idx.add(3, row("first", "Ann", "last", null), out::add);
    assertThat(out).isEmpty();
    idx.add(4, row("first", "Ann", "last", "Lee", "code", "AB"), out::add);
    assertThat(out).extracting(Violation::message).containsExactly(
        "@unique violation on Person.code: value 'AB' appears in rows 0 and 4",
        "@unique violation on Person.(first, last): value ('Ann', 'Lee') appears in rows 0 and 4");
    List<String> stored = new ArrayList<>();
    idx.checkStored("Zed", row("first", "Ann", "last", "Kim"), (pos, v) -> stored.add(pos + " " + v.message()));
    assertThat(stored).containsExactly(
        "1 @unique violation on Person.(first, last): value ('Ann', 'Kim') already used by id 'Zed'");
    assertThat(person.uniqueColumns()).containsExactly("code", "first", "last");
  }

  @Test
  void keyDuplicates() {
    assertThat(person.keyDuplicate("Alice", 0, 3).message())
        .isEqualTo("@unique violation on Person.name: value 'Alice' appears in rows 0 and 3");
  }

  @Test
  void cardinalityPerSource() {
    ConstraintValidator knows = ConstraintValidator.of(CATALOG.edge("Knows"));
    assertThat(knows.hasCardinality()).isTrue();
    CardinalityCounter c = knows.newCardinalityCounter();
    for (String src : List.of("b", "a", "a", "a", "c", "c")) {
      c.add(src);
    }
    assertThat(c.violations()).extracting(Violation::message)
        .containsExactly("@card violation on edge Knows: source 'a' has 3 edges (max 2)");
    ConstraintValidator plain = ConstraintValidator.of(Schema.parse(
        "node P { n: String @key }  edge E: P -> P").catalog().edge("E"));
    assertThat(plain.hasCardinality()).isFalse();
    assertThat(plain.newCardinalityCounter()).isNull();
  }
}
