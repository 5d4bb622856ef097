package dev.omnigraph.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.BadRequestException;
import dev.omnigraph.NotFoundException;
import dev.omnigraph.StorageException;
import dev.omnigraph.manifest.CorruptManifestException;
import dev.omnigraph.storage.UnsupportedStorageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** What a caller of the public API sees for each internal failure. */
class ErrorsTest {
  @Test
  void ioFailuresReadAsIoErrorsWithTheReasonInWords() {
    assertThat(Errors.translate(new UncheckedIOException(new IOException("disk full"))))
        .isInstanceOf(StorageException.class).hasMessage("io: I/O failure: disk full");
    assertThat(Errors.translate(new UncheckedIOException(new NoSuchFileException("/g/x"))))
        .hasMessage("io: I/O failure: /g/x: no such file or directory");
    assertThat(StorageException.io("cannot read _schema.pg", new AccessDeniedException("/g/s")))
        .hasMessage("io: cannot read _schema.pg: /g/s: permission denied");
    assertThat(StorageException.io("cannot read x", new IOException()))
        .hasMessage("io: cannot read x: IOException");
  }

  @Test
  void otherFailuresKeepTheirKind() {
    assertThat(Errors.translate(new CorruptManifestException("bad row", null)))
        .isInstanceOf(StorageException.class).hasMessage("storage: bad row");
    assertThat(Errors.translate(new UnsupportedStorageException("no s3")))
        .isInstanceOf(BadRequestException.class).hasMessage("no s3");
    NotFoundException typed = new NotFoundException("branch 'x' not found");
    assertThat(Errors.translate(typed)).isSameAs(typed);
    IllegalStateException bug = new IllegalStateException("bug");
    assertThat(Errors.translate(bug)).isSameAs(bug);
  }
}
