package dev.omnigraph.cli;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.function.LongConsumer;

/**
 * A reader that reports how many lines (JSONL records) have been read so far, and remembers the
 * first failure of the underlying reader so that it can be reported as a problem of the input
 * file rather than of the repository.
 */
final class ProgressReader extends FilterReader {
  private final LongConsumer lines;
  private long count;
  private IOException failure;

  ProgressReader(Reader in, LongConsumer lines) {
    super(in);
    this.lines = lines;
  }

  /** The first failure of the underlying reader, or null. */
  IOException failure() {
    return failure;
  }

  @Override
  public int read() throws IOException {
    int c = remember(() -> super.read());
    if (c == '\n') {
      lines.accept(++count);
    }
    return c;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = remember(() -> super.read(buf, off, len));
    long before = count;
    for (int i = off; i < off + n; i++) {
      if (buf[i] == '\n') {
        count++;
      }
    }
    if (count != before) {
      lines.accept(count);
    }
    return n;
  }

  private interface Read {
    int run() throws IOException;
  }

  private int remember(Read read) throws IOException {
    try {
      return read.run();
    } catch (IOException e) {
      if (failure == null) {
        failure = e;
      }
      throw e;
    }
  }
}
