package dev.omnigraph.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.types.pojo.Schema;

/** Test helper: a small Arrow batch from maps of String/Integer values. */
public final class ArrowRows {
  private ArrowRows() {}

  public static ArrowReader of(BufferAllocator allocator, Schema schema,
      List<Map<String, Object>> rows) {
    try (VectorSchemaRoot root = VectorSchemaRoot.create(schema, allocator)) {
      root.allocateNew();
      for (int i = 0; i < rows.size(); i++) {
        for (FieldVector v : root.getFieldVectors()) {
          Object value = rows.get(i).get(v.getName());
          if (value == null) {
            v.setNull(i);
          } else if (v instanceof VarCharVector s) {
            s.setSafe(i, value.toString().getBytes(StandardCharsets.UTF_8));
          } else if (v instanceof IntVector n) {
            n.setSafe(i, (Integer) value);
          } else {
            throw new IllegalArgumentException("unsupported test column " + v.getName());
          }
        }
      }
      root.setRowCount(rows.size());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ArrowStreamWriter w = new ArrowStreamWriter(root, null, out)) {
        w.start();
        w.writeBatch();
        w.end();
      }
      return new ArrowStreamReader(new ByteArrayInputStream(out.toByteArray()), allocator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
