package dev.omnigraph.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.testing.ArrowRows;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChainWriterTest {
  static final Schema PERSON = new Schema(List.of(
      Field.notNullable("id", ArrowType.Utf8.INSTANCE),
      Field.nullable("age", new ArrowType.Int(32, true))));

  @TempDir Path dir;
  LanceStore store;

  @BeforeEach
  void open() {
    store = new LanceStore(RepoLocation.parse(dir.toString()));
    store.createEmpty("t", PERSON);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private org.apache.arrow.vector.ipc.ArrowReader rows(String... ids) {
    return ArrowRows.of(store.allocator(), PERSON,
        java.util.Arrays.stream(ids).map(id -> Map.<String, Object>of("id", id, "age", 1)).toList());
  }

  @Test
  void stagedRowsBecomeOneVersionAtCommit() {
    try (ChainWriter w = store.chain("t", null, 1)) {
      w.stage(rows("a", "b"));
      w.stage(rows("c"));
      assertThat(store.latestVersion("t", null)).as("staging creates no version").isEqualTo(1);
      w.commitStaged(false);
      assertThat(w.version()).isEqualTo(2);
      assertThat(w.countRows()).isEqualTo(3);
    }
  }

  @Test
  void upsertDeleteAndIndexChainOneVersionEach() {
    try (ChainWriter w = store.chain("t", null, 1)) {
      w.stage(rows("a", "b"));
      w.commitStaged(false);
      UpsertCount c = w.upsert(rows("b", "c"), List.of("id"));
      assertThat(c).isEqualTo(new UpsertCount(1, 1));
      w.delete("id = 'a'");
      w.ensureBtreeIndex("id");
      w.ensureBtreeIndex("id"); // idempotent: no new version
      assertThat(w.version()).isEqualTo(5);
      assertThat(w.countRows()).isEqualTo(2);
    }
  }

  @Test
  void aConcurrentCommitBreaksTheChain() {
    try (ChainWriter a = store.chain("t", null, 1); ChainWriter b = store.chain("t", null, 1)) {
      a.stage(rows("a"));
      a.commitStaged(false);
      b.stage(rows("b"));
      assertThatThrownBy(() -> b.commitStaged(false))
          .isInstanceOf(ChainBrokenException.class)
          .satisfies(e -> assertThat(((ChainBrokenException) e).foundVersion()).isEqualTo(3));
    }
  }

  @Test
  void aConcurrentUpsertIsRejectedNotRebased() {
    try (ChainWriter a = store.chain("t", null, 1); ChainWriter b = store.chain("t", null, 1)) {
      a.upsert(rows("x"), List.of("id"));
      assertThatThrownBy(() -> b.upsert(rows("x"), List.of("id")))
          .isInstanceOf(ChainBrokenException.class);
    }
  }

  @Test
  void restoreRepairsALineageAheadOfItsBase() {
    try (ChainWriter orphan = store.chain("t", null, 1)) {
      orphan.stage(rows("ghost"));
      orphan.commitStaged(false); // v2, never published
    }
    try (ChainWriter w = store.chain("t", null, 1)) {
      w.restoreBase(2);
      assertThat(w.version()).isEqualTo(3);
      assertThat(w.countRows()).isZero();
    }
  }

  @Test
  void forksAreIndependentLineages() {
    try (ChainWriter w = store.chain("t", null, 1)) {
      w.stage(rows("a"));
      w.commitStaged(false);
    }
    String lineage = store.fork("t", null, 2);
    assertThat(lineage).startsWith("f");
    try (ChainWriter f = store.chain("t", lineage, 2)) {
      f.stage(rows("b"));
      f.commitStaged(false);
      assertThat(f.version()).isEqualTo(3);
      assertThat(f.countRows()).isEqualTo(2);
    }
    assertThat(store.latestVersion("t", null)).isEqualTo(2);
    String second = store.fork("t", lineage, 3);
    try (ChainWriter g = store.chain("t", second, 3)) {
      assertThat(g.countRows()).isEqualTo(2);
    }
  }
}
