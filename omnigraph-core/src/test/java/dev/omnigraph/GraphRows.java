package dev.omnigraph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.constraint.ColumnLayout;
import dev.omnigraph.engine.GraphSnapshot;
import dev.omnigraph.manifest.TableEntry;
import dev.omnigraph.schema.ScalarType;
import dev.omnigraph.storage.ScanBatches;
import dev.omnigraph.storage.TableReader;
import dev.omnigraph.storage.TableScan;
import dev.omnigraph.table.CellReader;
import dev.omnigraph.value.BlobValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.arrow.vector.VectorSchemaRoot;

/** Test helpers over a real repository: raw table rows, exports, loads from text. */
final class GraphRows {
  private GraphRows() {}

  /** The rows of a table at a branch head, in storage order, as column → canonical value. */
  static List<Map<String, Object>> rows(Omnigraph g, String branch, String tableKey) {
    GraphSnapshot s = g.repository().resolve(ReadTarget.branch(branch));
    TableEntry e = s.entry(tableKey);
    ColumnLayout layout = tableKey.startsWith("edge:")
        ? ColumnLayout.of(s.schema().catalog().edge(tableKey.substring(5)))
        : ColumnLayout.of(s.schema().catalog().node(tableKey.substring(5)));
    List<String> columns = layout.names().stream()
        .filter(c -> layout.type(layout.indexOf(c)).list()
            || layout.type(layout.indexOf(c)).scalar() != ScalarType.BLOB)
        .toList();
    List<Map<String, Object>> out = new ArrayList<>();
    try (TableReader r = TableReader.at(g.repository().store(), e.path(), e.lineage(), e.version());
        ScanBatches b = r.scan(TableScan.all().columns(columns))) {
      while (b.next()) {
        VectorSchemaRoot root = b.root();
        for (int i = 0; i < root.getRowCount(); i++) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (String c : columns) {
            row.put(c, CellReader.of(root.getVector(c), layout.type(layout.indexOf(c))).read(i));
          }
          out.add(row);
        }
      }
    }
    return out;
  }

  /** One column of a table, in storage order. */
  static List<Object> column(Omnigraph g, String branch, String tableKey, String column) {
    return rows(g, branch, tableKey).stream().map(r -> r.get(column)).toList();
  }

  /** The blob value of one row's blob property at a branch head. */
  static BlobValue blob(Omnigraph g, String branch, String tableKey, String id, String column) {
    GraphSnapshot s = g.repository().resolve(ReadTarget.branch(branch));
    TableEntry e = s.entry(tableKey);
    try (TableReader r = TableReader.at(g.repository().store(), e.path(), e.lineage(), e.version());
        ScanBatches b = r.scan(TableScan.all().columns(List.of("id"))
            .filter("id = " + TableScan.literal(id)).withRowIds())) {
      b.next();
      long rowId = ((org.apache.arrow.vector.UInt8Vector) b.root().getVector(TableScan.ROW_ID))
          .get(0);
      return BlobValue.fromCell(r.readBlobs(column, List.of(rowId)).get(0));
    }
  }

  /** The full export of a target as text. */
  static String export(Omnigraph g, ReadTarget target, ExportSelection selection) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      g.export(target, selection, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  static String export(Omnigraph g) {
    return export(g, ReadTarget.branch("main"), ExportSelection.all());
  }

  /** Loads JSONL lines (joined with newlines) into main. */
  static LoadResult load(Omnigraph g, LoadMode mode, String... lines) {
    return loadOn(g, "main", mode, lines);
  }

  static LoadResult loadOn(Omnigraph g, String branch, LoadMode mode, String... lines) {
    return g.load(branch, new StringReader(String.join("\n", lines)), mode, null);
  }

  /**
   * Runs a failing write and returns its exception, asserting that the graph is exactly as before:
   * same head commit, same manifest version, byte-identical export.
   */
  static RuntimeException failsUnchanged(Omnigraph g, Supplier<?> write) {
    Snapshot before = g.snapshot("main");
    String exportBefore = export(g);
    RuntimeException thrown = null;
    try {
      write.get();
    } catch (RuntimeException e) {
      thrown = e;
    }
    assertThat(thrown).as("the write must fail").isNotNull();
    assertThat(g.snapshot("main")).isEqualTo(before);
    assertThat(export(g)).isEqualTo(exportBefore);
    return thrown;
  }

  /** The text lines of an export. */
  static List<String> lines(String export) {
    return export.isEmpty() ? List.of() : List.of(export.split("\n", -1)).subList(0,
        export.split("\n", -1).length - 1);
  }

  static Map<String, Long> counts(Object... typeAndCount) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (int i = 0; i < typeAndCount.length; i += 2) {
      m.put((String) typeAndCount[i], ((Number) typeAndCount[i + 1]).longValue());
    }
    return m;
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
