package dev.omnigraph.table;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * An {@link ArrowReader} over batches already built in memory, handing each one over without
 * copying (its buffers move into the reader's root). The reader owns the batches: those not read
 * are released when it is closed.
 */
public final class BatchesReader extends ArrowReader {
  private final Schema schema;
  private final Deque<VectorSchemaRoot> batches;

  /** The batches must all have {@code schema} and be allocated from {@code allocator}. */
  public BatchesReader(BufferAllocator allocator, Schema schema, List<VectorSchemaRoot> batches) {
    super(allocator);
    this.schema = schema;
    this.batches = new ArrayDeque<>(batches);
  }

  @Override
  public boolean loadNextBatch() {
    VectorSchemaRoot src = batches.poll();
    if (src == null) {
      return false;
    }
    try (src) {
      VectorSchemaRoot dst = getVectorSchemaRoot();
      for (int i = 0; i < src.getFieldVectors().size(); i++) {
        src.getVector(i).makeTransferPair(dst.getVector(i)).transfer();
      }
      dst.setRowCount(src.getRowCount());
      return true;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public long bytesRead() {
    return 0;
  }

  @Override
  protected void closeReadSource() {
    batches.forEach(VectorSchemaRoot::close);
    batches.clear();
  }

  @Override
  protected Schema readSchema() {
    return schema;
  }
}
