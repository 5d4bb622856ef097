package dev.omnigraph.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.BadRequestException;
import dev.omnigraph.CommitStateUnknownException;
import dev.omnigraph.ConflictException;
import dev.omnigraph.Diagnostic;
import dev.omnigraph.KeyConflictException;
import dev.omnigraph.ManifestConflictException;
import dev.omnigraph.NotFoundException;
import dev.omnigraph.SchemaException;
import dev.omnigraph.StorageException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Engine exception types → status, code and body (http.md §3). */
class ErrorMapperTest {
  static String json(Throwable t) {
    ErrorMapper.Failure f = ErrorMapper.map(t);
    return f.status() + " " + Json.write(f.body());
  }

  @Test
  void badRequestsAre400() {
    assertThat(json(new BadRequestException("branch name cannot be empty")))
        .isEqualTo("400 {\"error\":\"branch name cannot be empty\",\"code\":\"bad_request\"}");
    assertThat(json(new SchemaException(new Diagnostic("grammar", "x", 1, 2, "parse error: x"))))
        .isEqualTo("400 {\"error\":\"parse error: x\",\"code\":\"bad_request\"}");
  }

  @Test
  void notFoundIs404() {
    assertThat(json(new NotFoundException("commit 'x' not found")))
        .isEqualTo("404 {\"error\":\"commit 'x' not found\",\"code\":\"not_found\"}");
  }

  @Test
  void manifestConflictCarriesItsDetail() {
    assertThat(json(new ManifestConflictException("node:Person", 3, 4))).isEqualTo("409 {\"error\":"
        + "\"stale view of 'node:Person': expected manifest table version 3 but current is 4"
        + " \u2014 refresh and retry\",\"code\":\"conflict\",\"manifest_conflict\":"
        + "{\"table_key\":\"node:Person\",\"expected\":3,\"actual\":4}}");
  }

  @Test
  void keyConflictCarriesItsDetail() {
    assertThat(json(new KeyConflictException("line 1: node type 'Person' already has this id"
        + " ('Alice')", "node:Person", "Alice"))).isEqualTo("409 {\"error\":\"line 1: node type"
        + " 'Person' already has this id ('Alice')\",\"code\":\"conflict\",\"key_conflict\":"
        + "{\"type_key\":\"node:Person\",\"entity_id\":\"Alice\"}}");
  }

  @Test
  void otherConflictsAre409() {
    assertThat(json(new ConflictException("branch 'f' already exists")))
        .isEqualTo("409 {\"error\":\"branch 'f' already exists\",\"code\":\"conflict\"}");
  }

  @Test
  void storageAndUnknownCommitStateAre500WithTheirMessage() {
    assertThat(json(new StorageException("disk full")))
        .isEqualTo("500 {\"error\":\"storage: disk full\",\"code\":\"internal\"}");
    assertThat(json(new CommitStateUnknownException("timeout", new IOException("t"))))
        .isEqualTo("500 {\"error\":\"commit state unknown: timeout\",\"code\":\"internal\"}");
  }

  @Test
  void unexpectedExceptionsAreGeneric500s() {
    ErrorMapper.Failure f = ErrorMapper.map(new IllegalStateException("secret internals at x.y"));
    assertThat(f.status()).isEqualTo(500);
    assertThat(f.body().error()).startsWith("internal error: unexpected IllegalStateException")
        .doesNotContain("secret internals");
    assertThat(Json.write(f.body())).endsWith(",\"code\":\"internal\"}");
    assertThat(ErrorMapper.map(new UnsatisfiedLinkError("liblance_jni.so")).body().error())
        .startsWith("internal error: unexpected UnsatisfiedLinkError").doesNotContain("liblance");
  }
}
