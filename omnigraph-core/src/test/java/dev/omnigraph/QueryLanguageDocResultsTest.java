package dev.omnigraph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omnigraph.query.support.TestSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```json rows <query> [params]} block of docs/query-language.md: the named query of
 * the closest {@code ```gq} block above it, run on the fixture graph (setup T), returns exactly
 * those rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryLanguageDocResultsTest {
  private static final Pattern BLOCK = Pattern.compile(
      "^ *```(gq|json rows) *(.*?)\\n(.*?)^ *```$", Pattern.MULTILINE | Pattern.DOTALL);

  private Omnigraph graph;

  @BeforeAll
  void setUp(@TempDir Path dir) {
    graph = ReadFixtures.testGraph(dir.resolve("t"), OmnigraphOptions.defaults());
  }

  @AfterAll
  void tearDown() {
    graph.close();
  }

  private record Example(int line, String source, String query, String params, String rows) {}

  private static List<Example> examples() throws IOException {
    String doc = Files.readString(TestSchemas.repositoryRoot().resolve("docs/query-language.md"));
    List<Example> out = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    Matcher m = BLOCK.matcher(doc);
    while (m.find()) {
      if (m.group(1).equals("gq")) {
        sources.add(0, m.group(3));
        continue;
      }
      String[] head = m.group(2).trim().split(" ", 2);
      String query = head[0];
      String source = sources.stream().filter(s -> s.contains("query " + query + "("))
          .findFirst().orElseThrow(() -> new AssertionError("no gq block defines " + query));
      int line = (int) doc.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
      out.add(new Example(line, source, query, head.length > 1 ? head[1] : null,
          m.group(3).trim()));
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everyResultExampleHolds() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Example> examples = examples();
    assertThat(examples).hasSizeGreaterThanOrEqualTo(8);
    return examples.stream().map(e -> DynamicTest.dynamicTest("line " + e.line() + ": "
        + e.query(), () -> assertThat(graph.read(ReadTarget.branch("main"), e.source(), e.query(),
            e.params() == null ? null : json.readTree(e.params())).toJsonRows())
        .isEqualTo(e.rows())));
  }
}
