package dev.omnigraph.load;

import dev.omnigraph.table.BatchesReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Collects a table's finished Arrow batches until enough rows or bytes are together to write one
 * set of data files: fewer, larger files than one per 8,192-row batch, with memory still bounded
 * by {@link #MAX_ROWS} rows and {@link #MAX_BYTES} bytes per table.
 */
final class StagingBuffer implements AutoCloseable {
  static final int MAX_ROWS = 131_072;
  static final long MAX_BYTES = 32L << 20;

  private final BufferAllocator allocator;
  private final Schema schema;
  private final List<VectorSchemaRoot> batches = new ArrayList<>();
  private long rows;
  private long bytes;

  StagingBuffer(BufferAllocator allocator, Schema schema) {
    this.allocator = allocator;
    this.schema = schema;
  }

  void add(VectorSchemaRoot batch) {
    batches.add(batch);
    rows += batch.getRowCount();
    for (FieldVector v : batch.getFieldVectors()) {
      bytes += v.getBufferSize();
    }
  }

  boolean full() {
    return rows >= MAX_ROWS || bytes >= MAX_BYTES;
  }

  boolean isEmpty() {
    return batches.isEmpty();
  }

  /** The buffered batches as a reader that owns them; the buffer is empty afterwards. */
  ArrowReader drain() {
    ArrowReader r = new BatchesReader(allocator, schema, List.copyOf(batches));
    batches.clear();
    rows = 0;
    bytes = 0;
    return r;
  }

  /** Releases buffered batches (a failed load). */
  @Override
  public void close() {
    batches.forEach(VectorSchemaRoot::close);
    batches.clear();
  }
}
