package dev.omnigraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** File access with the messages scripts look for ({@code No such file or directory}). */
public final class IoErrors {
  private IoErrors() {}

  /** The user-facing text of an I/O failure; a missing file reads {@code {path}: No such file or directory}. */
  public static String describe(IOException e) {
    if (e instanceof NoSuchFileException n) {
      return n.getFile() + ": No such file or directory";
    }
    if (e instanceof java.nio.file.AccessDeniedException a) {
      return a.getFile() + ": Permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getFile() + ": " + f.getReason();
    }
    return String.valueOf(e.getMessage());
  }

  /**
   * Reads a UTF-8 text file.
   *
   * @throws CliException with {@link #describe} text when it cannot be read
   */
  public static String readText(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException(describe(e));
    }
  }

  /**
   * The 1-based line of the first byte sequence of {@code file} that is not UTF-8, or -1 when the
   * whole file is valid.
   */
  static long firstInvalidUtf8Line(Path file) throws IOException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    CharBuffer chars = CharBuffer.allocate(1 << 16);
    long line = 1;
    try (InputStream in = Files.newInputStream(file)) {
      boolean end = false;
      while (true) {
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
          end = true;
        } else {
          bytes.position(bytes.position() + n);
        }
        bytes.flip();
        CoderResult result;
        do {
          result = decoder.decode(bytes, chars, end);
          chars.flip();
          while (chars.hasRemaining()) {
            if (chars.get() == '\n') {
              line++;
            }
          }
          chars.clear();
          if (result.isError()) {
            return line;
          }
        } while (result.isOverflow());
        bytes.compact();
        if (end) {
          return -1;
        }
      }
    }
  }

  /** The cause of an {@link UncheckedIOException} as user-facing text. */
  static String describe(UncheckedIOException e) {
    return describe(e.getCause());
  }
}
