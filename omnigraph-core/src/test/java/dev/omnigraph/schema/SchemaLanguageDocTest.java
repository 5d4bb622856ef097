package dev.omnigraph.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.Schema;
import dev.omnigraph.SchemaException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps docs/schema-language.md honest: every {@code pg} block compiles, and every
 * {@code pg-error} block is rejected with exactly the text of the {@code text} block after it.
 */
class SchemaLanguageDocTest {

  /** A fenced block of the page: its info string, first line number and body. */
  record Block(String info, int line, String body) {}

  @TestFactory
  @DisplayName("docs/schema-language.md examples")
  Stream<DynamicTest> examples() throws IOException {
    List<Block> blocks = blocks(Files.readAllLines(locate(), StandardCharsets.UTF_8));
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.info().equals("pg")) {
        tests.add(DynamicTest.dynamicTest("accepted, line " + b.line(),
            () -> assertThatCode(() -> Schema.parse(b.body())).doesNotThrowAnyException()));
      } else if (b.info().equals("pg-error")) {
        Block expected = blocks.get(i + 1);
        assertThat(expected.info()).as("block after line %d", b.line()).isEqualTo("text");
        tests.add(DynamicTest.dynamicTest("rejected, line " + b.line(),
            () -> assertThatThrownBy(() -> Schema.parse(b.body()))
                .isInstanceOf(SchemaException.class).hasMessage(expected.body())));
      }
    }
    assertThat(tests).hasSizeGreaterThan(10);
    return tests.stream();
  }

  private static List<Block> blocks(List<String> lines) {
    List<Block> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("```") && line.length() > 3) {
        int start = i + 1;
        int end = start;
        while (!lines.get(end).equals("```")) {
          end++;
        }
        out.add(new Block(line.substring(3), start + 1, String.join("\n", lines.subList(start, end))));
        i = end;
      }
    }
    return out;
  }

  private static Path locate() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path candidate = d.resolve("docs").resolve("schema-language.md");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("docs/schema-language.md not found above the working directory");
  }
}
