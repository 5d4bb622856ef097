package dev.omnigraph.export;

import dev.omnigraph.constraint.ColumnLayout;
import dev.omnigraph.json.JsonBytes;
import dev.omnigraph.manifest.TableEntry;
import dev.omnigraph.schema.Catalog;
import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.ScalarType;
import dev.omnigraph.storage.LanceStore;
import dev.omnigraph.storage.ScanBatches;
import dev.omnigraph.storage.TableReader;
import dev.omnigraph.storage.TableScan;
import dev.omnigraph.value.BlobValue;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.UInt8Vector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.StructVector;

/**
 * Writes the tables of an {@link ExportPlan} as NDJSON: per table an ordered scan by {@code id}
 * at the snapshot's version, each batch encoded into a byte buffer and written out before the next
 * is read, so memory stays at about one batch whatever the table size.
 *
 * <p>Node line: {@code {"type":T,"data":{"id":…, properties by name}}}; edge line:
 * {@code {"edge":E,"from":src,"to":dst,"data":{"id":…, properties by name}}}; every property is
 * written, {@code null} when null.
 */
public final class Exporter {
  private final LanceStore store;

  public Exporter(LanceStore store) {
    this.store = store;
  }

  /** Writes every table of the plan to {@code out} (flushed at the end, not closed). */
  public void write(ExportPlan plan, OutputStream out) throws IOException {
    Catalog catalog = plan.snapshot().schema().catalog();
    JsonBytes buf = new JsonBytes(1 << 16);
    for (String key : plan.tables()) {
      // the plan's keys come from the snapshot's own catalog
      ColumnLayout layout = ColumnLayout.of(catalog, key).orElseThrow();
      writeTable(plan.snapshot().entry(key), layout, buf, out);
    }
    out.flush();
  }

  private void writeTable(TableEntry entry, ColumnLayout layout, JsonBytes buf, OutputStream out)
      throws IOException {
    List<Integer> blobs = new ArrayList<>();
    for (int c = layout.firstProperty(); c < layout.size(); c++) {
      PropType t = layout.type(c);
      if (!t.list() && t.scalar() == ScalarType.BLOB) {
        blobs.add(c);
      }
    }
    TableScan scan = TableScan.all().columns(layout.names()).orderedBy("id");
    if (!blobs.isEmpty()) {
      scan = scan.withRowIds();
    }
    byte[] prefix = prefix(layout);
    byte[][] keys = new byte[layout.size()][];
    for (int c = 1; c < layout.size(); c++) {
      keys[c] = ("," + dev.omnigraph.json.JsonStrings.quote(layout.name(c)) + ":")
          .getBytes(StandardCharsets.UTF_8);
    }
    try (TableReader reader = TableReader.at(store, entry.path(), entry.lineage(), entry.version());
        ScanBatches batches = reader.scan(scan)) {
      while (batches.next()) {
        VectorSchemaRoot root = batches.root();
        CellJson[] cells = new CellJson[layout.size()];
        for (int c = 0; c < layout.size(); c++) {
          if (!blobs.contains(c)) {
            cells[c] = CellJson.of(root.getVector(c), layout.type(c));
          }
        }
        for (int c : blobs) {
          cells[c] = blobCells(reader, layout.name(c), root, (StructVector) root.getVector(c));
        }
        for (int i = 0; i < root.getRowCount(); i++) {
          line(layout, prefix, keys, cells, i, buf);
        }
        buf.writeTo(out);
        buf.reset();
      }
    }
  }

  /** The constant start of every line of a table, up to and including {@code "id":}. */
  private static byte[] prefix(ColumnLayout layout) {
    String name = dev.omnigraph.json.JsonStrings.quote(layout.typeName());
    String p = layout.edge() ? "{\"edge\":" + name + ",\"from\":" : "{\"type\":" + name
        + ",\"data\":{\"id\":";
    return p.getBytes(StandardCharsets.UTF_8);
  }

  private static void line(ColumnLayout layout, byte[] prefix, byte[][] keys, CellJson[] cells,
      int row, JsonBytes out) {
    out.raw(prefix);
    int firstProperty = layout.firstProperty();
    if (layout.edge()) {
      cells[1].write(row, out); // src
      out.ascii(",\"to\":");
      cells[2].write(row, out); // dst
      out.ascii(",\"data\":{\"id\":");
    }
    cells[0].write(row, out);
    for (int c = firstProperty; c < layout.size(); c++) {
      out.raw(keys[c]);
      cells[c].write(row, out);
    }
    out.ascii("}}\n");
  }

  /** Blob cells of one batch: contents read by stable row id, written in their text form. */
  private static CellJson blobCells(TableReader reader, String column, VectorSchemaRoot root,
      StructVector descriptors) {
    UInt8Vector rowIds = (UInt8Vector) root.getVector(TableScan.ROW_ID);
    List<Long> wanted = new ArrayList<>();
    int[] slot = new int[root.getRowCount()];
    for (int i = 0; i < root.getRowCount(); i++) {
      slot[i] = descriptors.isNull(i) ? -1 : wanted.size();
      if (slot[i] >= 0) {
        wanted.add(rowIds.get(i));
      }
    }
    List<byte[]> contents = reader.readBlobs(column, wanted);
    return (row, out) -> {
      if (slot[row] < 0) {
        out.nul();
      } else {
        out.string(BlobValue.fromCell(contents.get(slot[row])).toText());
      }
    };
  }
}
