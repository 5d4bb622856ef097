package dev.omnigraph.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.testing.ArrowRows;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.LargeVarBinaryVector;
import org.apache.arrow.vector.UInt8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableReaderTest {
  static final Schema PEOPLE = new Schema(List.of(
      Field.notNullable("id", ArrowType.Utf8.INSTANCE),
      Field.nullable("firstAge", new ArrowType.Int(32, true))));

  @TempDir Path dir;
  LanceStore store;

  @BeforeEach
  void open() {
    store = new LanceStore(RepoLocation.parse(dir.toString()));
    store.createEmpty("t", PEOPLE);
    try (ChainWriter w = store.chain("t", null, 1)) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (String id : List.of("d", "b", "it's", "a", "c")) {
        rows.add(Map.of("id", id, "firstAge", id.length()));
      }
      w.stage(ArrowRows.of(store.allocator(), PEOPLE, rows));
      w.commitStaged(false);
    }
  }

  @AfterEach
  void close() {
    store.close();
  }

  private List<String> ids(TableReader r, TableScan scan) {
    List<String> out = new ArrayList<>();
    try (ScanBatches b = r.scan(scan)) {
      while (b.next()) {
        VarCharVector v = (VarCharVector) b.root().getVector("id");
        for (int i = 0; i < b.root().getRowCount(); i++) {
          out.add(new String(v.get(i), StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }

  @Test
  void scansInStorageOrderOrOrderedById() {
    try (TableReader r = TableReader.at(store, "t", null, 2)) {
      assertThat(r.version()).isEqualTo(2);
      assertThat(r.schema().getFields()).extracting(Field::getName).containsExactly("id", "firstAge");
      assertThat(ids(r, TableScan.all())).containsExactly("d", "b", "it's", "a", "c");
      assertThat(ids(r, TableScan.all().columns(List.of("id")).orderedBy("id").batchSize(2)))
          .containsExactly("a", "b", "c", "d", "it's");
      assertThat(ids(r, TableScan.all().orderedBy("id").limit(2))).containsExactly("a", "b");
    }
  }

  @Test
  void filtersQuoteColumnsAndLiterals() {
    try (TableReader r = TableReader.at(store, "t", null, 2)) {
      assertThat(ids(r, TableScan.all().filter(TableScan.inList("id", List.of("it's", "a", "zz")))))
          .containsExactlyInAnyOrder("it's", "a");
      assertThat(ids(r, TableScan.all().filter(TableScan.column("firstAge") + " > 1")))
          .containsExactly("it's");
      assertThat(r.countRows()).isEqualTo(5);
      assertThat(r.countRows(TableScan.column("firstAge") + " = 1")).isEqualTo(4);
      assertThatThrownBy(() -> TableScan.inList("id", List.of())).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  @DisplayName("literals outside the BMP, with U+0000 or a lone surrogate survive the native call")
  void literalsBeyondTheBasicPlane() {
    String emoji = "\uD83D\uDE00";
    assertThat(TableScan.literal("it's")).isEqualTo("'it''s'");
    assertThat(TableScan.literal("a" + emoji + "b'")).isEqualTo("('a' || chr(128512) || 'b''')");
    assertThat(TableScan.literal("\u0000")).isEqualTo("(chr(0))");
    assertThat(TableScan.literal("x\uD800")).isEqualTo("'x?'");
    store.createEmpty("u", PEOPLE);
    try (ChainWriter w = store.chain("u", null, 1)) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (String id : List.of("a" + emoji + "b", emoji, "x\u0000y", "x?", "b", "a")) {
        rows.add(Map.of("id", id, "firstAge", 1));
      }
      w.stage(ArrowRows.of(store.allocator(), PEOPLE, rows));
      w.commitStaged(false);
    }
    try (TableReader r = TableReader.at(store, "u", null, 2)) {
      assertThat(ids(r, TableScan.all().filter(TableScan.inList("id",
          List.of("a" + emoji + "b", "x\u0000y", emoji, "zz")))))
          .containsExactlyInAnyOrder("a" + emoji + "b", "x\u0000y", emoji);
      assertThat(ids(r, TableScan.all().filter("id < " + TableScan.literal("a" + emoji))))
          .containsExactly("a");
      assertThat(ids(r, TableScan.all().filter("id >= " + TableScan.literal(emoji))))
          .containsExactly(emoji);
      assertThat(r.countRows("id = " + TableScan.literal("x\uD800"))).isEqualTo(1);
    }
  }

  @Test
  void aChainHeadIsReadable() {
    try (ChainWriter w = store.chain("t", null, 2)) {
      try (TableReader base = TableReader.head(w)) {
        assertThat(base.countRows()).isEqualTo(5);
      }
      w.delete("id = 'a'");
      try (TableReader head = TableReader.head(w)) {
        assertThat(head.version()).isEqualTo(3);
        assertThat(head.countRows()).isEqualTo(4);
      }
    }
  }

  @Test
  void blobContentsByRowId() throws Exception {
    Schema schema = new Schema(List.of(Field.notNullable("id", ArrowType.Utf8.INSTANCE),
        new Field("b", new FieldType(true, ArrowType.LargeBinary.INSTANCE, null,
            Map.of("lance-encoding:blob", "true")), null)));
    store.createEmpty("blobs", schema);
    try (ChainWriter w = store.chain("blobs", null, 1)) {
      try (VectorSchemaRoot root = VectorSchemaRoot.create(schema, store.allocator())) {
        root.allocateNew();
        ((VarCharVector) root.getVector("id")).setSafe(0, "x".getBytes());
        ((LargeVarBinaryVector) root.getVector("b")).setSafe(0, "hello".getBytes());
        ((VarCharVector) root.getVector("id")).setSafe(1, "y".getBytes());
        root.getVector("b").setNull(1);
        root.setRowCount(2);
        ArrowReader reader = new dev.omnigraph.table.BatchesReader(store.allocator(), schema,
            List.of(copy(root, schema)));
        w.stage(reader);
      }
      w.commitStaged(false);
    }
    try (TableReader r = TableReader.at(store, "blobs", null, 2);
        ScanBatches b = r.scan(TableScan.all().withRowIds())) {
      assertThat(b.next()).isTrue();
      VectorSchemaRoot root = b.root();
      assertThat(root.getVector("b").isNull(1)).isTrue();
      long rowId = ((UInt8Vector) root.getVector(TableScan.ROW_ID)).get(0);
      assertThat(r.readBlobs("b", List.of(rowId))).singleElement()
          .satisfies(bytes -> assertThat(new String(bytes)).isEqualTo("hello"));
      assertThat(r.readBlobs("b", List.of())).isEmpty();
    }
  }

  private VectorSchemaRoot copy(VectorSchemaRoot src, Schema schema) {
    VectorSchemaRoot dst = VectorSchemaRoot.create(schema, store.allocator());
    for (int i = 0; i < schema.getFields().size(); i++) {
      src.getVector(i).makeTransferPair(dst.getVector(i)).transfer();
    }
    dst.setRowCount(src.getRowCount());
    return dst;
  }
}
