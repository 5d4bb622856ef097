package dev.omnigraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Bytes to stdout that fail as soon as stdout does (a {@link PrintStream} only records the error),
 * so that a long export stops when its reader has gone away ({@code omnigraph export | head}).
 */
final class StdoutStream extends OutputStream {
  private final PrintStream out;

  StdoutStream(PrintStream out) {
    this.out = out;
  }

  @Override
  public void write(int b) throws IOException {
    out.write(b);
    check();
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
    check();
  }

  @Override
  public void flush() throws IOException {
    check();
  }

  /** Flushes and fails when stdout has failed. */
  private void check() throws IOException {
    if (out.checkError()) {
      throw new IOException("cannot write to stdout");
    }
  }
}
