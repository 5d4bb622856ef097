package dev.omnigraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.QueryFile;
import dev.omnigraph.query.support.TestSchemas;
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
 * against fixtures/test.pg, or against the fixture schema named after {@code gq}
 * ({@code ```gq search.pg}).
 */
class QueryLanguageDocTest {
  private static final Pattern BLOCK =
      Pattern.compile("^```gq(?: +(\\S+))?\\n(.*?)^```$", Pattern.MULTILINE | Pattern.DOTALL);

  private record Block(int line, String schema, String source) {}

  private static List<Block> blocks() throws IOException {
    String doc = Files.readString(TestSchemas.repositoryRoot().resolve("docs/query-language.md"));
    List<Block> out = new ArrayList<>();
    Matcher m = BLOCK.matcher(doc);
    while (m.find()) {
      int line = (int) doc.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
      out.add(new Block(line, m.group(1) == null ? "test.pg" : m.group(1), m.group(2)));
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everyExampleTypeChecks() throws IOException {
    return blocks().stream().flatMap(block -> {
      QueryFile file = QueryFile.parse(block.source());
      return file.queryNames().stream().map(name -> DynamicTest.dynamicTest(
          "line " + block.line() + ": " + name + " (" + block.schema() + ")",
          () -> assertThat(file.check(TestSchemas.fixtureCatalog(block.schema()), name))
              .isNotNull()));
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
