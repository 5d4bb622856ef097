package dev.omnigraph.schema.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omnigraph.Schema;
import dev.omnigraph.SchemaException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Differential regression corpus: schema sources (fuzzed fixtures and generated schemas covering
 * every phase and most grammar error shapes) with the outcome the reference implementation at
 * 35be20cb gave for them, with our two deliberate differences applied to the reference (DECISIONS
 * 9: {@code ..N} is an upper bound; DECISIONS 20: reserved property names). Each line of
 * {@code reference-corpus.jsonl} is {@code {"source": …, "expected": …}}, where expected is the
 * exact wire text of the error, or {@code OK sha256:…} with the IR hash.
 */
class ReferenceCorpusTest {

  @Test
  @DisplayName("every corpus case gives the reference's outcome")
  void corpus() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<String> mismatches = new ArrayList<>();
    int cases = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        getClass().getResourceAsStream("reference-corpus.jsonl"), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode c = mapper.readTree(line);
        String source = c.get("source").textValue();
        String expected = c.get("expected").textValue();
        String actual = outcome(source);
        cases++;
        if (!actual.equals(expected)) {
          mismatches.add(source + "\n  expected: " + expected + "\n  actual:   " + actual);
        }
      }
    }
    assertThat(cases).isGreaterThan(500);
    assertThat(mismatches).isEmpty();
  }

  private static String outcome(String source) {
    try {
      return "OK " + Schema.parse(source).irHash();
    } catch (SchemaException e) {
      String code = e.diagnostics().get(0).code();
      // DECISIONS 19: ours appends " (at line:column)"; the reference has no position.
      return code.equals("S-IR2") ? e.getMessage().replaceFirst(" \\(at \\d+:\\d+\\)$", "")
          : e.getMessage();
    }
  }
}
