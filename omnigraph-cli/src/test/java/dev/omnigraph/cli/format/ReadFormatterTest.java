package dev.omnigraph.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.cli.config.CellLayout;
import dev.omnigraph.cli.config.OutputFormat;
import dev.omnigraph.cli.output.ReadOutput;
import org.junit.jupiter.api.Test;

/** The read output formats of cli.md §4 on hand-made results. */
class ReadFormatterTest {
  static final ReadOutput ALICE = ReadOutput.fromJson("""
      {"query_name":"get_person","target":{"branch":"main","snapshot":null},"row_count":1,
       "columns":["p.name","p.age"],"rows":[{"p.name":"Alice","p.age":30}]}""");

  static String render(OutputFormat f, ReadOutput o) {
    return ReadFormatter.of(f, 80, CellLayout.TRUNCATE).render(o);
  }

  static ReadOutput rows(String columns, String rows) {
    return ReadOutput.fromJson("{\"query_name\":\"q\",\"target\":{\"branch\":null,"
        + "\"snapshot\":\"01J\"},\"row_count\":2,\"columns\":" + columns + ",\"rows\":" + rows + "}");
  }

  @Test
  void tableIsTheSpecExample() {
    assertThat(render(OutputFormat.TABLE, ALICE)).isEqualTo("""
        1 rows from branch main via get_person
        p.name | p.age
        -------+------
        Alice  | 30   \n""");
  }

  @Test
  void kvIsTheSpecExample() {
    assertThat(render(OutputFormat.KV, ALICE)).isEqualTo("""
        1 rows from branch main via get_person
        row 1
        p.name: Alice
        p.age: 30
        """);
  }

  @Test
  void csvIsTheSpecExample() {
    assertThat(render(OutputFormat.CSV, ALICE)).isEqualTo("p.name,p.age\nAlice,30\n");
  }

  @Test
  void jsonlIsTheSpecExample() {
    assertThat(render(OutputFormat.JSONL, ALICE)).isEqualTo("""
        {"kind":"metadata","query_name":"get_person","target":{"branch":"main","snapshot":null},"row_count":1}
        {"p.name":"Alice","p.age":30}
        """);
  }

  @Test
  void jsonIsTheSpecExample() {
    assertThat(render(OutputFormat.JSON, ALICE)).isEqualTo("""
        {
          "query_name": "get_person",
          "target": {
            "branch": "main",
            "snapshot": null
          },
          "row_count": 1,
          "columns": [
            "p.name",
            "p.age"
          ],
          "rows": [
            {
              "p.name": "Alice",
              "p.age": 30
            }
          ]
        }
        """);
  }

  @Test
  void cellTextsFollowTheirJsonValue() {
    ReadOutput o = rows("[\"n\",\"b\",\"f\",\"l\",\"o\"]",
        "[{\"n\":null,\"b\":true,\"f\":1e+16,\"l\":[1,\"a\"],\"o\":{\"k\":0.1}}]");

    assertThat(render(OutputFormat.KV, o)).isEqualTo("""
        2 rows from snapshot 01J via q
        row 1
        n: null
        b: true
        f: 1e+16
        l: [1,"a"]
        o: {"k":0.1}
        """);
    assertThat(render(OutputFormat.CSV, o)).isEqualTo("n,b,f,l,o\nnull,true,1e+16,\"[1,\"\"a\"\"]\",\"{\"\"k\"\":0.1}\"\n");
  }

  @Test
  void csvQuotesCommasQuotesAndLineBreaks() {
    ReadOutput o = rows("[\"a,b\",\"c\"]", "[{\"a,b\":\"x\\ny\",\"c\":\"r\\rq\\\"\"}]");

    assertThat(render(OutputFormat.CSV, o)).isEqualTo("\"a,b\",c\n\"x\ny\",\"r\rq\"\"\"\n");
  }

  @Test
  void tableTruncatesLongCellsWithAnEllipsis() {
    ReadOutput o = rows("[\"name\",\"n\"]", "[{\"name\":\"abcdefghijkl\",\"n\":1}]");

    assertThat(ReadFormatter.of(OutputFormat.TABLE, 10, CellLayout.TRUNCATE).render(o))
        .isEqualTo("""
            2 rows from snapshot 01J via q
            name       | n
            -----------+--
            abcdefghi… | 1
            """);
  }

  @Test
  void tableWrapsLongCellsOverSeveralLines() {
    ReadOutput o = rows("[\"name\",\"n\"]", "[{\"name\":\"abcdefghijkl\",\"n\":1}]");

    assertThat(ReadFormatter.of(OutputFormat.TABLE, 10, CellLayout.WRAP).render(o))
        .isEqualTo("2 rows from snapshot 01J via q\n"
            + "name       | n\n"
            + "-----------+--\n"
            + "abcdefghij | 1\n"
            + "kl         |  \n");
  }

  @Test
  void tableWidthIsAtLeastEightAndNamesAreNeverCut() {
    ReadOutput o = rows("[\"a_long_column_name\",\"b\"]",
        "[{\"a_long_column_name\":\"x\",\"b\":\"0123456789\"}]");

    assertThat(ReadFormatter.of(OutputFormat.TABLE, 3, CellLayout.TRUNCATE).render(o))
        .isEqualTo("2 rows from snapshot 01J via q\n"
            + "a_long_column_name | b  \n"
            + "---------+----\n"
            + "x        | 01…\n");
  }

  @Test
  void tableCountsCodePointsAndEscapesLineBreaks() {
    ReadOutput o = rows("[\"s\"]", "[{\"s\":\"😀é\\nx\"}]");

    assertThat(render(OutputFormat.TABLE, o)).isEqualTo("2 rows from snapshot 01J via q\n"
        + "s    \n"
        + "-----\n"
        + "😀é\\nx\n");
  }

  @Test
  void emptyResults() {
    ReadOutput zero = rows("[\"p.name\"]", "[]");
    ReadOutput none = rows("[]", "[]");

    assertThat(render(OutputFormat.TABLE, zero))
        .isEqualTo("2 rows from snapshot 01J via q\np.name\n------\n");
    assertThat(render(OutputFormat.TABLE, none)).isEqualTo("2 rows from snapshot 01J via q\n(no rows)\n");
    assertThat(render(OutputFormat.KV, zero)).isEqualTo("2 rows from snapshot 01J via q\n(no rows)\n");
    assertThat(render(OutputFormat.CSV, zero)).isEqualTo("p.name\n");
  }

  @Test
  void withoutColumnsTheRowMembersAreShownSorted() {
    ReadOutput o = rows("[]", "[{\"b\":1,\"a\":2},{\"c\":3}]");

    assertThat(render(OutputFormat.CSV, o)).isEqualTo("a,b,c\n2,1,null\nnull,null,3\n");
    assertThat(render(OutputFormat.JSON, o)).doesNotContain("\"columns\"");
  }
}
