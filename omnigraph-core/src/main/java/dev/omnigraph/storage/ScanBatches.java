package dev.omnigraph.storage;

import java.io.IOException;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.lance.ipc.LanceScanner;

/**
 * The batches of one scan, read one at a time: {@link #next()} loads the next batch into
 * {@link #root()} (the same root object every time, refilled). Close it to release the scanner
 * and its Arrow memory; the table reader it came from must stay open until then.
 */
public final class ScanBatches implements AutoCloseable {
  private final LanceScanner scanner;
  private final ArrowReader reader;

  ScanBatches(LanceScanner scanner, ArrowReader reader) {
    this.scanner = scanner;
    this.reader = reader;
  }

  /** Loads the next batch; false at the end. */
  public boolean next() {
    try {
      return reader.loadNextBatch();
    } catch (IOException | RuntimeException e) {
      throw StorageFailure.wrap("scan", e);
    }
  }

  /** The current batch (valid until the next call to {@link #next()}). */
  public VectorSchemaRoot root() {
    try {
      return reader.getVectorSchemaRoot();
    } catch (IOException e) {
      throw StorageFailure.wrap("scan", e);
    }
  }

  @Override
  public void close() {
    try {
      reader.close();
      scanner.close();
    } catch (Exception e) {
      throw StorageFailure.wrap("close scan", e);
    }
  }
}
