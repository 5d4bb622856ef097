package dev.omnigraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.embed.EmbeddingException;
import dev.omnigraph.embed.EmbeddingProvider;
import dev.omnigraph.load.Loader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code @embed} extension point, and loads racing other writers. */
class LoadEmbeddingsAndConflictsTest {
  private static final String DOCS = "node Doc { slug: String @key  body: String?"
      + "  emb: Vector(2) @embed(body) }";

  @TempDir Path dir;

  /** A provider that embeds a text as [length, 1] and records its calls. */
  static final class LengthProvider implements EmbeddingProvider {
    final List<List<String>> calls = new ArrayList<>();

    @Override
    public List<float[]> embed(List<String> texts, int dimension) {
      calls.add(List.copyOf(texts));
      return texts.stream().map(t -> new float[] {t.length(), 1}).toList();
    }
  }

  @Test
  @DisplayName("absent @embed vectors are computed in input order; given ones are kept")
  void computesMissingVectors() {
    try (Omnigraph g = Omnigraph.init(dir.resolve("g").toString(), DOCS)) {
      LengthProvider provider = new LengthProvider();
      new Loader(g.repository(), provider).loadJsonl("main", new StringReader(String.join("\n",
          "{\"type\":\"Doc\",\"data\":{\"slug\":\"a\",\"body\":\"hello\"}}",
          "{\"type\":\"Doc\",\"data\":{\"slug\":\"b\",\"body\":\"hi\",\"emb\":[9,9]}}",
          "{\"type\":\"Doc\",\"data\":{\"slug\":\"c\",\"body\":\"graphs\"}}")), LoadMode.OVERWRITE, null);
      assertThat(provider.calls).containsExactly(List.of("hello", "graphs"));
      assertThat(GraphRows.rows(g, "main", "node:Doc")).extracting(r -> (float[]) r.get("emb"))
          .containsExactly(new float[] {5, 1}, new float[] {9, 9}, new float[] {6, 1});
    }
  }

  @Test
  @DisplayName("without a provider a missing non-nullable @embed vector is a required-value error")
  void noProviderLeavesVectorsNull() {
    try (Omnigraph g = Omnigraph.init(dir.resolve("g").toString(), DOCS)) {
      RuntimeException e = GraphRows.failsUnchanged(g, () -> GraphRows.load(g, LoadMode.OVERWRITE,
          "{\"type\":\"Doc\",\"data\":{\"slug\":\"a\",\"body\":\"hello\"}}"));
      assertThat(e).hasMessage("line 1: non-nullable vector property 'emb' has null values");
    }
  }

  @Test
  @DisplayName("a provider failure fails the load and writes nothing")
  void providerFailure() {
    try (Omnigraph g = Omnigraph.init(dir.resolve("g").toString(), DOCS)) {
      EmbeddingProvider failing = (texts, dim) -> {
        throw new IllegalStateException("quota exceeded");
      };
      RuntimeException e = GraphRows.failsUnchanged(g, () -> new Loader(g.repository(), failing)
          .loadJsonl("main", new StringReader("\n{\"type\":\"Doc\",\"data\":{\"slug\":\"a\",\"body\":\"x\"}}"),
              LoadMode.OVERWRITE, null));
      assertThat(e).isInstanceOf(EmbeddingException.class)
          .hasMessage("line 2: embedding failed for Doc.emb: quota exceeded");
      EmbeddingProvider wrongSize = (texts, dim) -> texts.stream().map(t -> new float[] {1}).toList();
      e = GraphRows.failsUnchanged(g, () -> new Loader(g.repository(), wrongSize)
          .loadJsonl("main", new StringReader("{\"type\":\"Doc\",\"data\":{\"slug\":\"a\",\"body\":\"x\"}}"),
              LoadMode.OVERWRITE, null));
      assertThat(e).hasMessage("line 1: embedding failed for Doc.emb: embedding dimension mismatch:"
          + " expected 2, got 1");
    }
  }

  @Test
  @DisplayName("another writer publishing the same table during a load: the load fails, the other wins")
  void concurrentWriterOfTheSameTable() {
    String uri = dir.resolve("g").toString();
    try (Omnigraph g = Omnigraph.init(uri, "node Person { name: String @key }");
        Omnigraph other = Omnigraph.open(uri)) { // another handle: its own write queue, like a process
      Iterable<LoadRecord> records = () -> new Iterator<>() {
        int i;

        @Override
        public boolean hasNext() {
          if (i == 2) {
            other.load("main", List.of(LoadRecord.node("Person", Map.of("name", "Zed"))),
                LoadMode.APPEND, "other");
          }
          return i < 3;
        }

        @Override
        public LoadRecord next() {
          return LoadRecord.node("Person", Map.of("name", "p" + i++));
        }
      };
      assertThatThrownBy(() -> g.load("main", records, LoadMode.APPEND, null))
          .isInstanceOf(ManifestConflictException.class)
          .satisfies(e -> assertThat(((ManifestConflictException) e).tableKey()).isEqualTo("node:Person"));
      assertThat(GraphRows.column(g, "main", "node:Person", "id")).containsExactly("Zed");
      // the failed load left orphan data only: the next load on the table succeeds
      g.load("main", List.of(LoadRecord.node("Person", Map.of("name", "Amy"))), LoadMode.APPEND, null);
      assertThat(GraphRows.column(g, "main", "node:Person", "id")).containsExactly("Zed", "Amy");
    }
  }

  @Test
  @DisplayName("an edge load records the node table it validated against: a concurrent node delete conflicts")
  void endpointTablesJoinTheFence() {
    String uri = dir.resolve("g").toString();
    try (Omnigraph g = Omnigraph.init(uri, "node P { n: String @key }  edge E: P -> P");
        Omnigraph other = Omnigraph.open(uri)) {
      GraphRows.load(g, LoadMode.OVERWRITE, "{\"type\":\"P\",\"data\":{\"n\":\"a\"}}",
          "{\"type\":\"P\",\"data\":{\"n\":\"b\"}}");
      Iterable<LoadRecord> edges = () -> new Iterator<>() {
        boolean done;

        @Override
        public boolean hasNext() {
          if (done) {
            other.load("main", List.of(LoadRecord.node("P", Map.of("n", "c"))), LoadMode.OVERWRITE, null);
          }
          return !done;
        }

        @Override
        public LoadRecord next() {
          done = true;
          return LoadRecord.edge("E", "a", "b", Map.of());
        }
      };
      assertThatThrownBy(() -> g.load("main", edges, LoadMode.APPEND, null))
          .isInstanceOf(ManifestConflictException.class)
          .satisfies(e -> assertThat(((ManifestConflictException) e).tableKey()).isEqualTo("node:P"));
      assertThat(GraphRows.rows(g, "main", "edge:E")).isEmpty();
    }
  }
}
