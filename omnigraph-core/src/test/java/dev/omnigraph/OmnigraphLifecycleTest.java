package dev.omnigraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.testing.Fixtures;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** init / open / snapshot / history through the public API on a real repository. */
class OmnigraphLifecycleTest {
  @TempDir Path dir;

  private String uri() {
    return dir.resolve("g.omni").toString();
  }

  @Test
  void initCreatesTheLayoutAndAGenesisSnapshot() {
    try (Omnigraph g = Omnigraph.init(uri(), Fixtures.text("test.pg"))) {
      Snapshot s = g.snapshot("main");
      assertThat(s.branch()).isEqualTo("main");
      assertThat(s.tables()).extracting(TableState::tableKey)
          .containsExactly("edge:Knows", "edge:WorksAt", "node:Company", "node:Person");
      assertThat(s.table("node:Person").orElseThrow())
          .isEqualTo(new TableState("node:Person", "nodes/40d76f1f51639ec0", 1, null, 0));
      assertThat(s.table("edge:Knows").orElseThrow().path()).isEqualTo("edges/602a25a3bd0b455b");
      assertThat(s.commit().parentCommitId()).isNull();
      assertThat(s.commit().manifestBranch()).isNull();
      assertThat(s.commit().actorId()).isNull();
      assertThat(s.manifestVersion()).isEqualTo(s.commit().manifestVersion());
      assertThat(s.id()).hasSize(26);
    }
    assertThat(dir.resolve("g.omni/_schema.pg")).exists();
    assertThat(dir.resolve("g.omni/_schema.ir.json")).exists();
    assertThat(dir.resolve("g.omni/__schema_state.json")).exists();
    assertThat(dir.resolve("g.omni/__manifest")).isDirectory();
  }

  @Test
  void reopenAfterCloseSeesTheSameSnapshot() {
    Snapshot first;
    try (Omnigraph g = Omnigraph.init(uri(), Fixtures.text("test.pg"))) {
      first = g.snapshot("main");
    }
    try (Omnigraph g = Omnigraph.open(uri())) {
      assertThat(g.snapshot("main")).isEqualTo(first);
      assertThat(g.snapshot(ReadTarget.commit(first.id()))).isEqualTo(first);
      assertThat(g.schemaSource()).isEqualTo(Fixtures.text("test.pg"));
      assertThat(g.schema().catalog().nodeTypes()).containsOnlyKeys("Company", "Person");
    }
  }

  @Test
  void historyStartsWithTheGenesisCommit() {
    try (Omnigraph g = Omnigraph.init(uri(), Fixtures.text("test.pg"))) {
      Snapshot s = g.snapshot("main");
      assertThat(g.commits("main")).containsExactly(s.commit());
      assertThat(g.commit(s.id())).isEqualTo(s.commit());
      assertThatThrownBy(() -> g.commit("01NOTACOMMIT0000000000000A"))
          .isInstanceOf(NotFoundException.class)
          .hasMessage("commit '01NOTACOMMIT0000000000000A' not found");
    }
  }

  @Test
  void initRefusesAnExistingRepositoryAndChangesNothing() throws Exception {
    try (Omnigraph g = Omnigraph.init(uri(), Fixtures.text("test.pg"))) {
      g.snapshot("main");
    }
    String before = Files.readString(dir.resolve("g.omni/_schema.pg"));
    assertThatThrownBy(() -> Omnigraph.init(uri(), "node Other { x: String @key }"))
        .isInstanceOf(ConflictException.class)
        .hasMessage("repository already exists at " + uri());
    assertThat(Files.readString(dir.resolve("g.omni/_schema.pg"))).isEqualTo(before);
  }

  /** expected.md A30 (grammar), A31 (semantic) and A52 (catalog): no directory is created. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      A30 grammar error  | node { }                                         | expected type_name
      A31 semantic error | node Person implements Unknown { name: String } | unknown interface 'Unknown'
      A52 catalog error  | edge WorksAt: Person -> Company                  | unknown source type: Person
      """)
  void aRejectedSchemaWritesNothing(String id, String schema, String message) {
    assertThatThrownBy(() -> Omnigraph.init(uri(), schema))
        .isInstanceOf(SchemaException.class).hasMessageContaining(message);
    assertThat(dir.resolve("g.omni")).doesNotExist();
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void openOfAMissingRepositoryIsNotFound() {
    assertThatThrownBy(() -> Omnigraph.open(uri()))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("repository not found at " + uri());
  }

  @Test
  void branchNamesAreValidated() {
    try (Omnigraph g = Omnigraph.init(uri(), Fixtures.text("test.pg"))) {
      assertThatThrownBy(() -> g.snapshot("nope"))
          .isInstanceOf(NotFoundException.class).hasMessage("branch 'nope' not found");
      assertThatThrownBy(() -> g.snapshot("  "))
          .isInstanceOf(BadRequestException.class).hasMessage("branch name cannot be empty");
      assertThat(g.snapshot(" main ").branch()).isEqualTo("main");
    }
  }

  @Test
  void branchesAreCreatedInConstantTimeAndListedMainFirst() {
    try (Omnigraph g = Omnigraph.init(uri(), Fixtures.text("test.pg"))) {
      g.createBranch("review/2026-04", "main");
      g.createBranch("feature", "main");
      assertThat(g.branches()).containsExactly("main", "feature", "review/2026-04");
      Snapshot main = g.snapshot("main");
      Snapshot feature = g.snapshot("feature");
      assertThat(feature.tables()).isEqualTo(main.tables());
      assertThat(feature.commit()).isEqualTo(main.commit());
      assertThat(g.commits("feature")).containsExactly(main.commit());
      assertThatThrownBy(() -> g.createBranch("feature", "main"))
          .isInstanceOf(ConflictException.class).hasMessage("branch 'feature' already exists");
      assertThatThrownBy(() -> g.createBranch("x", "nope"))
          .isInstanceOf(NotFoundException.class).hasMessage("branch 'nope' not found");
      assertThatThrownBy(() -> g.createBranch("main", "feature"))
          .isInstanceOf(BadRequestException.class).hasMessage("cannot create branch 'main'");
      assertThatThrownBy(() -> g.createBranch("__run__x", "main"))
          .isInstanceOf(BadRequestException.class)
          .hasMessage("branch_create does not allow internal run ref '__run__x'");
    }
  }

  @Test
  void handEditedSchemaFilesAreDrift() throws Exception {
    try (Omnigraph g = Omnigraph.init(uri(), Fixtures.text("test.pg"))) {
      Path source = dir.resolve("g.omni/_schema.pg");
      Files.writeString(source, "// a comment changes nothing\n" + Fixtures.text("test.pg"),
          StandardCharsets.UTF_8);
      assertThat(g.snapshot("main").tables()).hasSize(4);
      Files.writeString(source, Fixtures.text("test.pg") + "\nnode Extra { x: String @key }\n",
          StandardCharsets.UTF_8);
      assertThatThrownBy(() -> g.snapshot("main"))
          .isInstanceOf(ConflictException.class)
          .hasMessage("schema evolution is locked down in phase 1: current _schema.pg no longer"
              + " matches the accepted compiled schema; manual coordination is required");
    }
  }

  @Test
  void ioFailuresAreStorageErrorsWithTheReasonInWords() throws Exception {
    try (Omnigraph g = Omnigraph.init(uri(), Fixtures.text("test.pg"))) {
      Reader failing = new Reader() {
        @Override
        public int read(char[] buf, int off, int len) throws IOException {
          throw new IOException("connection reset");
        }

        @Override
        public void close() {}
      };
      assertThatThrownBy(() -> g.load("main", failing, LoadMode.APPEND, null))
          .isInstanceOf(StorageException.class)
          .hasMessage("io: reading load input failed: connection reset");
      assertThat(g.commits("main")).hasSize(1);

      Path source = dir.resolve("g.omni/_schema.pg");
      Files.delete(source);
      Files.createDirectory(source);
      assertThatThrownBy(g::schemaSource)
          .isInstanceOf(StorageException.class)
          .hasMessage("io: cannot read _schema.pg: Is a directory");
    }
    Path unreadable = dir.resolve("data.jsonl");
    Files.createDirectory(unreadable);
    try (Omnigraph g = Omnigraph.init(dir.resolve("h.omni").toString(), Fixtures.text("test.pg"))) {
      assertThatThrownBy(() -> g.load("main", unreadable, LoadMode.APPEND))
          .isInstanceOf(BadRequestException.class)
          .hasMessage("load file '" + unreadable + "' is a directory");
    }
  }

  @Test
  void objectStoreRepositoriesAreATypedBadRequestUntilSupported() {
    for (Runnable call : List.<Runnable>of(() -> Omnigraph.open("s3://bucket/graphs/g1"),
        () -> Omnigraph.init("s3://bucket/graphs/g1", Fixtures.text("test.pg")))) {
      assertThatThrownBy(call::run)
          .isInstanceOf(BadRequestException.class)
          .hasMessage("object-store repositories are not supported by this build yet:"
              + " s3://bucket/graphs/g1");
    }
  }
}
