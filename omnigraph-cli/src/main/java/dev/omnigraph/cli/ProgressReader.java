package dev.omnigraph.cli;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.function.LongConsumer;

/** A reader that reports how many lines (JSONL records) have been read so far. */
final class ProgressReader extends FilterReader {
  private final LongConsumer lines;
  private long count;

  ProgressReader(Reader in, LongConsumer lines) {
    super(in);
    this.lines = lines;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c == '\n') {
      lines.accept(++count);
    }
    return c;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
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
}
