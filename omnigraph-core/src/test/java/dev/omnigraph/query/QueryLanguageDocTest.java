package dev.omnigraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.QueryFile;
import dev.omnigraph.query.support.TestSchemas;
import dev.omnigraph.schema.Catalog;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code ```gq} block of docs/query-language.md parses and each of its queries type-checks
 * against fixtures/test.pg, or against the schema named after {@code gq} ({@code ```gq
 * search.pg}): a {@code ```pg} block of the page with that name, else that fixture.
 */
class QueryLanguageDocTest {
  private static final Pattern BLOCK = Pattern.compile(
      "^ *```(gq|pg)(?: +(\\S+))?\\n(.*?)^ *```$", Pattern.MULTILINE | Pattern.DOTALL);

  private record Block(int line, String schema, String source) {}

  private static String doc() throws IOException {
    return Files.readString(TestSchemas.repositoryRoot().resolve("docs/query-language.md"));
  }

  /** The code blocks of one language; {@code schema} is the name after the language, if any. */
  private static List<Block> blocks(String language) throws IOException {
    String doc = doc();
    List<Block> out = new ArrayList<>();
    Matcher m = BLOCK.matcher(doc);
    while (m.find()) {
      if (m.group(1).equals(language)) {
        int line = (int) doc.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
        String name = m.group(2) == null && language.equals("gq") ? "test.pg" : m.group(2);
        out.add(new Block(line, name, m.group(3)));
      }
    }
    return out;
  }

  private static List<Block> blocks() throws IOException {
    return blocks("gq");
  }

  private static Catalog schema(String name) throws IOException {
    for (Block pg : blocks("pg")) {
      if (name.equals(pg.schema())) {
        return TestSchemas.catalog(pg.source());
      }
    }
    return TestSchemas.fixtureCatalog(name);
  }

  @TestFactory
  Stream<DynamicTest> everyExampleTypeChecks() throws IOException {
    return blocks().stream().flatMap(block -> {
      QueryFile file = QueryFile.parse(block.source());
      return file.queryNames().stream().map(name -> DynamicTest.dynamicTest(
          "line " + block.line() + ": " + name + " (" + block.schema() + ")",
          () -> assertThat(file.check(schema(block.schema()), name)).isNotNull()));
    });
  }

  @Test
  void theDocumentHasExamplesForEveryConstruct() throws IOException {
    String all = String.join("\n", blocks().stream().map(Block::source).toList());
    assertThat(blocks()).isNotEmpty();
    for (String construct : new String[] {"not {", "knows{1,3}", "$_", "count(", "sum(", "avg(",
        "min(", "max(", " as ", "order {", "limit", "fuzzy(", "match_text(", "bm25(", "nearest(",
        "rrf(", "insert", "update", "delete", "now()", "date(", "@description", "@instruction",
        "contains", "?"}) {
      assertThat(all).as(construct).contains(construct);
    }
  }
}
