package dev.omnigraph;

import static dev.omnigraph.GraphRows.export;
import static dev.omnigraph.GraphRows.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.testing.Fixtures;
import dev.omnigraph.value.BlobValue;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** expected.md §I: NDJSON export. */
class ExportTest {
  private static final String ULID = "[0-9A-HJKMNP-TV-Z]{26}";
  private static final List<String> NODE_LINES = List.of(
      "{\"type\":\"Company\",\"data\":{\"id\":\"Acme\",\"name\":\"Acme\"}}",
      "{\"type\":\"Company\",\"data\":{\"id\":\"Globex\",\"name\":\"Globex\"}}",
      "{\"type\":\"Person\",\"data\":{\"id\":\"Alice\",\"age\":30,\"name\":\"Alice\"}}",
      "{\"type\":\"Person\",\"data\":{\"id\":\"Bob\",\"age\":25,\"name\":\"Bob\"}}",
      "{\"type\":\"Person\",\"data\":{\"id\":\"Charlie\",\"age\":35,\"name\":\"Charlie\"}}",
      "{\"type\":\"Person\",\"data\":{\"id\":\"Diana\",\"age\":28,\"name\":\"Diana\"}}");

  @TempDir Path dir;
  Omnigraph g;
  Omnigraph other;

  @AfterEach
  void close() {
    for (Omnigraph o : new Omnigraph[] {g, other}) {
      if (o != null) {
        o.close();
      }
    }
  }

  private Omnigraph fixtureT() {
    g = Omnigraph.init(dir.resolve("g.omni").toString(), Fixtures.text("test.pg"));
    g.load("main", Fixtures.path("test.jsonl"), LoadMode.OVERWRITE);
    return g;
  }

  private Omnigraph fresh(String name, String schema) {
    return Omnigraph.init(dir.resolve(name).toString(), schema);
  }

  @Test
  @DisplayName("I01 full export: edge tables first, rows by id, every property")
  void i01() {
    fixtureT();
    List<String> lines = lines(export(g));
    assertThat(lines).hasSize(11);
    List<String> knows = lines.subList(0, 3);
    assertThat(knows).allMatch(l -> l.matches("\\{\"edge\":\"Knows\",\"from\":\"\\w+\",\"to\":\"\\w+\","
        + "\"data\":\\{\"id\":\"" + ULID + "\",\"since\":null}}"));
    assertThat(knows).extracting(ExportTest::id).isSorted();
    assertThat(knows).extracting(ExportTest::pair)
        .containsExactlyInAnyOrder("Alice->Bob", "Alice->Charlie", "Bob->Diana");
    List<String> worksAt = lines.subList(3, 5);
    assertThat(worksAt).allMatch(l -> l.matches("\\{\"edge\":\"WorksAt\",\"from\":\"\\w+\",\"to\":\"\\w+\","
        + "\"data\":\\{\"id\":\"" + ULID + "\"}}"));
    assertThat(worksAt).extracting(ExportTest::id).isSorted();
    assertThat(worksAt).extracting(ExportTest::pair).containsExactlyInAnyOrder("Alice->Acme", "Bob->Globex");
    assertThat(lines.subList(5, 11)).containsExactlyElementsOf(NODE_LINES);
  }

  @Test
  @DisplayName("I02 type filter")
  void i02() {
    fixtureT();
    assertThat(lines(export(g, ReadTarget.branch("main"), ExportSelection.types("Person"))))
        .containsExactlyElementsOf(NODE_LINES.subList(2, 6));
  }

  @Test
  @DisplayName("I03 table filter")
  void i03() {
    fixtureT();
    List<String> lines = lines(export(g, ReadTarget.branch("main"), ExportSelection.tables("edge:WorksAt")));
    assertThat(lines).hasSize(2).allMatch(l -> l.startsWith("{\"edge\":\"WorksAt\""));
  }

  @Test
  @DisplayName("the union of type and table filters, each table once, in key order")
  void unionOfFilters() {
    fixtureT();
    List<String> lines = lines(export(g, ReadTarget.branch("main"),
        new ExportSelection(List.of("Person", "Knows"), List.of("node:Person", "node:Company"))));
    assertThat(lines).hasSize(9);
    assertThat(lines.subList(0, 3)).allMatch(l -> l.startsWith("{\"edge\":\"Knows\""));
    assertThat(lines.subList(3, 9)).containsExactlyElementsOf(NODE_LINES);
  }

  @Test
  @DisplayName("I04 exports of two branches re-import into fresh repositories")
  void i04() {
    fixtureT();
    g.createBranch("feature", "main");
    GraphRows.loadOn(g, "feature", LoadMode.MERGE, "{\"type\":\"Person\",\"data\":{\"name\":\"Eve\",\"age\":29}}");
    GraphRows.loadOn(g, "feature", LoadMode.APPEND, "{\"edge\":\"Knows\",\"from\":\"Eve\",\"to\":\"Alice\"}");
    String mainExport = export(g, ReadTarget.branch("main"), ExportSelection.all());
    String featureExport = export(g, ReadTarget.branch("feature"), ExportSelection.all());
    try (Omnigraph a = fresh("a.omni", Fixtures.text("test.pg"));
        Omnigraph b = fresh("b.omni", Fixtures.text("test.pg"))) {
      a.load("main", new StringReader(mainExport), LoadMode.OVERWRITE, null);
      b.load("main", new StringReader(featureExport), LoadMode.OVERWRITE, null);
      assertThat(GraphRows.rows(a, "main", "node:Person")).hasSize(4);
      assertThat(GraphRows.rows(a, "main", "edge:Knows")).hasSize(3);
      assertThat(GraphRows.rows(b, "main", "node:Person")).hasSize(5);
      assertThat(GraphRows.rows(b, "main", "edge:Knows")).hasSize(4);
    }
    assertThat(GraphRows.rows(g, "main", "node:Person")).hasSize(4);
  }

  @Test
  @DisplayName("I05 keyless graph keeps its explicit ids through export and re-import")
  void i05() {
    String schema = "node Note { text: String }  edge References: Note -> Note";
    g = fresh("g.omni", schema);
    GraphRows.load(g, LoadMode.OVERWRITE, "{\"type\":\"Note\",\"data\":{\"id\":\"note-1\",\"text\":\"Alpha\"}}",
        "{\"type\":\"Note\",\"data\":{\"id\":\"note-2\",\"text\":\"Beta\"}}",
        "{\"edge\":\"References\",\"from\":\"note-1\",\"to\":\"note-2\",\"data\":{\"id\":\"edge-1\"}}");
    String text = export(g);
    assertThat(lines(text)).containsExactly(
        "{\"edge\":\"References\",\"from\":\"note-1\",\"to\":\"note-2\",\"data\":{\"id\":\"edge-1\"}}",
        "{\"type\":\"Note\",\"data\":{\"id\":\"note-1\",\"text\":\"Alpha\"}}",
        "{\"type\":\"Note\",\"data\":{\"id\":\"note-2\",\"text\":\"Beta\"}}");
    other = fresh("o.omni", schema);
    other.load("main", new StringReader(text), LoadMode.OVERWRITE, null);
    assertThat(GraphRows.column(other, "main", "node:Note", "id")).containsExactly("note-1", "note-2");
    assertThat(GraphRows.rows(other, "main", "edge:References")).containsExactly(
        java.util.Map.of("id", "edge-1", "src", "note-1", "dst", "note-2"));
  }

  @Test
  @DisplayName("I06 blobs export as base64 and re-import as the same bytes")
  void i06() {
    String schema = "node Document { title: String @key  content: Blob? }";
    g = fresh("g.omni", schema);
    GraphRows.load(g, LoadMode.OVERWRITE,
        "{\"type\": \"Document\", \"data\": {\"title\": \"readme\", \"content\": \"base64:SGVsbG8=\"}}",
        "{\"type\": \"Document\", \"data\": {\"title\": \"empty\"}}");
    String text = export(g);
    assertThat(lines(text)).containsExactly(
        "{\"type\":\"Document\",\"data\":{\"id\":\"empty\",\"content\":null,\"title\":\"empty\"}}",
        "{\"type\":\"Document\",\"data\":{\"id\":\"readme\",\"content\":\"base64:SGVsbG8=\",\"title\":\"readme\"}}");
    other = fresh("o.omni", schema);
    other.load("main", new StringReader(text), LoadMode.OVERWRITE, null);
    BlobValue blob = GraphRows.blob(other, "main", "node:Document", "readme", "content");
    assertThat(((BlobValue.Inline) blob).bytes()).isEqualTo("Hello".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("blob URIs export as the URI")
  void blobUris() {
    g = fresh("g.omni", "node Document { title: String @key  content: Blob? }");
    GraphRows.load(g, LoadMode.OVERWRITE,
        "{\"type\": \"Document\", \"data\": {\"title\": \"a\", \"content\": \"s3://bucket/a.pdf\"}}");
    assertThat(export(g)).isEqualTo(
        "{\"type\":\"Document\",\"data\":{\"id\":\"a\",\"content\":\"s3://bucket/a.pdf\",\"title\":\"a\"}}\n");
    assertThat(GraphRows.blob(g, "main", "node:Document", "a", "content"))
        .isEqualTo(new BlobValue.Uri("s3://bucket/a.pdf"));
  }

  @Test
  @DisplayName("I07 Date exports as integer days")
  void i07() {
    fixtureT();
    GraphRows.load(g, LoadMode.APPEND,
        "{\"edge\":\"Knows\",\"from\":\"Charlie\",\"to\":\"Diana\",\"data\":{\"since\":\"2024-02-29\"}}");
    List<String> lines = lines(export(g, ReadTarget.branch("main"), ExportSelection.tables("edge:Knows")));
    assertThat(lines).filteredOn(l -> l.contains("\"from\":\"Charlie\""))
        .singleElement().asString().contains("\"since\":19782}");
  }

  @Test
  @DisplayName("I08 two exports without writes in between are byte-identical")
  void i08() {
    fixtureT();
    assertThat(export(g)).isEqualTo(export(g));
  }

  @Test
  @DisplayName("I09 unknown type name: bad request before any byte")
  void i09() {
    fixtureT();
    assertFailsBeforeWriting(ReadTarget.branch("main"), ExportSelection.types("Robot"),
        BadRequestException.class, "unknown export type 'Robot'");
  }

  @Test
  @DisplayName("I10 unknown table key: bad request before any byte")
  void i10() {
    fixtureT();
    assertFailsBeforeWriting(ReadTarget.branch("main"), ExportSelection.tables("node:Robot"),
        BadRequestException.class, "unknown export table 'node:Robot'");
  }

  @Test
  @DisplayName("I11 unknown branch: not found before any byte")
  void i11() {
    fixtureT();
    assertFailsBeforeWriting(ReadTarget.branch("nope"), ExportSelection.all(), NotFoundException.class,
        "branch 'nope' not found");
    assertFailsBeforeWriting(ReadTarget.commit("01J00000000000000000000000"), ExportSelection.all(),
        NotFoundException.class, "commit '01J00000000000000000000000' not found");
  }

  @Test
  @DisplayName("I12 branch and snapshot are exclusive: a ReadTarget is exactly one of them")
  void i12() {
    // The HTTP layer rejects a body naming both; in Java a ReadTarget is a branch or a commit.
    assertThat(ReadTarget.class.getPermittedSubclasses()).extracting(Class::getSimpleName)
        .containsExactlyInAnyOrder("Branch", "Commit");
  }

  @Test
  @DisplayName("I13 export at an earlier commit")
  void i13() {
    fixtureT();
    String s0 = g.snapshot("main").id();
    GraphRows.load(g, LoadMode.MERGE, "{\"type\":\"Person\",\"data\":{\"name\":\"Eve\",\"age\":22}}");
    assertThat(lines(export(g, ReadTarget.commit(s0), ExportSelection.types("Person"))))
        .containsExactlyElementsOf(NODE_LINES.subList(2, 6));
    assertThat(lines(export(g, ReadTarget.branch("main"), ExportSelection.types("Person")))).hasSize(5);
  }

  @Test
  @DisplayName("every value type exports per semantics §5.3/§13")
  void allTypes() {
    g = fresh("g.omni", "node Thing { slug: String @key  n: I32?  big: I64?  u: U32?  uu: U64?"
        + "  ratio: F32?  score: F64?  ok: Bool?  day: Date?  at: DateTime?  tags: [String]?"
        + "  days: [Date]?  vec: Vector(3)?  status: enum(open, closed)?  file: Blob? }");
    GraphRows.load(g, LoadMode.OVERWRITE, "{\"type\":\"Thing\",\"data\":{\"slug\":\"t1\",\"n\":7,"
        + "\"big\":9007199254740993,\"u\":4294967295,\"uu\":18446744073709551615,\"ratio\":1.1,"
        + "\"score\":0.1,\"ok\":true,\"day\":\"2024-02-29\",\"at\":\"2024-02-29T13:45:00.5+02:00\","
        + "\"tags\":[\"a\",\"b\\n\\u0001\"],\"days\":[\"2024-01-01\",null],\"vec\":[0.1,0.2,0.3],"
        + "\"status\":\"open\",\"file\":\"base64:aGk=\"}}",
        "{\"type\":\"Thing\",\"data\":{\"slug\":\"t2\",\"at\":\"2024-01-15T10:30:00Z\",\"score\":1e16}}");
    assertThat(lines(export(g))).containsExactly(
        "{\"type\":\"Thing\",\"data\":{\"id\":\"t1\",\"at\":\"2024-02-29T11:45:00.500\","
            + "\"big\":9007199254740993,\"day\":19782,\"days\":[19723,null],\"file\":\"base64:aGk=\","
            + "\"n\":7,\"ok\":true,\"ratio\":1.1,\"score\":0.1,\"slug\":\"t1\",\"status\":\"open\","
            + "\"tags\":[\"a\",\"b\\n\\u0001\"],\"u\":4294967295,\"uu\":18446744073709551615,"
            + "\"vec\":[0.1,0.2,0.3]}}",
        "{\"type\":\"Thing\",\"data\":{\"id\":\"t2\",\"at\":\"2024-01-15T10:30:00\",\"big\":null,"
            + "\"day\":null,\"days\":null,\"file\":null,\"n\":null,\"ok\":null,\"ratio\":null,"
            + "\"score\":1e+16,\"slug\":\"t2\",\"status\":null,\"tags\":null,\"u\":null,\"uu\":null,"
            + "\"vec\":null}}");
  }

  @Test
  @DisplayName("an empty selection of empty tables writes nothing")
  void emptyTables() {
    g = fresh("g.omni", Fixtures.text("test.pg"));
    assertThat(export(g)).isEmpty();
  }

  private void assertFailsBeforeWriting(ReadTarget target, ExportSelection selection,
      Class<? extends RuntimeException> type, String message) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> g.export(target, selection, out)).isInstanceOf(type).hasMessage(message);
    assertThat(out.size()).isZero();
  }

  private static String id(String line) {
    java.util.regex.Matcher m = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(line);
    return m.find() ? m.group(1) : "";
  }

  private static String pair(String line) {
    java.util.regex.Matcher m = Pattern.compile("\"from\":\"(\\w+)\",\"to\":\"(\\w+)\"").matcher(line);
    return m.find() ? m.group(1) + "->" + m.group(2) : "";
  }
}
