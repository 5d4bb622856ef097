package dev.omnigraph.table;

import dev.omnigraph.schema.EdgeType;
import dev.omnigraph.schema.NodeType;
import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The Arrow schema of each table (engine.md §1.2, languages.md §2.3). Node tables: {@code id}
 * (Utf8, not null), then the properties sorted by name. Edge tables: {@code id}, {@code src},
 * {@code dst} (Utf8, not null), then the properties sorted by name.
 *
 * <table>
 *   <caption>Type mapping</caption>
 *   <tr><th>schema type</th><th>Arrow type</th></tr>
 *   <tr><td>String, enum</td><td>Utf8 (enum values are validated by the engine)</td></tr>
 *   <tr><td>Bool</td><td>Bool</td></tr>
 *   <tr><td>I32 / I64</td><td>Int(32, signed) / Int(64, signed)</td></tr>
 *   <tr><td>U32 / U64</td><td>Int(32, unsigned) / Int(64, unsigned)</td></tr>
 *   <tr><td>F32 / F64</td><td>FloatingPoint(SINGLE) / FloatingPoint(DOUBLE)</td></tr>
 *   <tr><td>Date</td><td>Date(DAY) — days since 1970-01-01</td></tr>
 *   <tr><td>DateTime</td><td>Date(MILLISECOND) — ms since the epoch, UTC</td></tr>
 *   <tr><td>Vector(N)</td><td>FixedSizeList(N) of Float32 (item nullable)</td></tr>
 *   <tr><td>[T]</td><td>List of T (item nullable)</td></tr>
 *   <tr><td>Blob</td><td>LargeBinary with field metadata {@code lance-encoding:blob=true}</td></tr>
 * </table>
 */
public final class TableSchemas {
  public static final String ID = "id";
  public static final String SRC = "src";
  public static final String DST = "dst";

  private TableSchemas() {}

  public static Schema node(NodeType type) {
    List<Field> fields = new ArrayList<>();
    fields.add(Field.notNullable(ID, ArrowType.Utf8.INSTANCE));
    addProperties(fields, type.properties());
    return new Schema(fields);
  }

  public static Schema edge(EdgeType type) {
    List<Field> fields = new ArrayList<>();
    fields.add(Field.notNullable(ID, ArrowType.Utf8.INSTANCE));
    fields.add(Field.notNullable(SRC, ArrowType.Utf8.INSTANCE));
    fields.add(Field.notNullable(DST, ArrowType.Utf8.INSTANCE));
    addProperties(fields, type.properties());
    return new Schema(fields);
  }

  private static void addProperties(List<Field> fields, Map<String, Property> properties) {
    properties.values().stream()
        .sorted((a, b) -> dev.omnigraph.util.ByteOrder.compare(a.name(), b.name()))
        .forEach(p -> fields.add(field(p.name(), p.type())));
  }

  /** The Arrow field of a property. */
  public static Field field(String name, PropType t) {
    if (t.list()) {
      Field item = new Field("item", FieldType.nullable(scalarType(t)), null);
      return new Field(name, new FieldType(t.nullable(), ArrowType.List.INSTANCE, null), List.of(item));
    }
    if (t.isVector()) {
      Field item = new Field("item",
          FieldType.nullable(new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE)), null);
      return new Field(name, new FieldType(t.nullable(), new ArrowType.FixedSizeList(t.vectorDim()),
          null), List.of(item));
    }
    if (t.scalar() == dev.omnigraph.schema.ScalarType.BLOB) {
      return new Field(name, new FieldType(t.nullable(), ArrowType.LargeBinary.INSTANCE, null,
          Map.of("lance-encoding:blob", "true")), null);
    }
    return new Field(name, new FieldType(t.nullable(), scalarType(t), null), null);
  }

  /**
   * The storage type's name as Arrow (and DataFusion) print it in messages: {@code Utf8},
   * {@code Boolean}, {@code Int32}, {@code Int64}, {@code UInt32}, {@code UInt64}, {@code Float32},
   * {@code Float64}, {@code Date32}, {@code Date64}, {@code LargeBinary}; vectors
   * {@code FixedSizeList(N x Float32)}, lists {@code List(T)}.
   */
  public static String storageTypeName(PropType t) {
    if (t.list()) {
      return "List(" + storageTypeName(new PropType(t.scalar(), t.vectorDim(), true, false,
          t.enumValues())) + ")";
    }
    return switch (t.scalar()) {
      case STRING -> "Utf8";
      case BOOL -> "Boolean";
      case I32 -> "Int32";
      case I64 -> "Int64";
      case U32 -> "UInt32";
      case U64 -> "UInt64";
      case F32 -> "Float32";
      case F64 -> "Float64";
      case DATE -> "Date32";
      case DATETIME -> "Date64";
      case BLOB -> "LargeBinary";
      case VECTOR -> "FixedSizeList(" + t.vectorDim() + " x Float32)";
    };
  }

  /** The Arrow type of a non-list, non-vector scalar. */
  public static ArrowType scalarType(PropType t) {
    return switch (t.scalar()) {
      case STRING -> ArrowType.Utf8.INSTANCE;
      case BOOL -> ArrowType.Bool.INSTANCE;
      case I32 -> new ArrowType.Int(32, true);
      case I64 -> new ArrowType.Int(64, true);
      case U32 -> new ArrowType.Int(32, false);
      case U64 -> new ArrowType.Int(64, false);
      case F32 -> new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE);
      case F64 -> new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
      case DATE -> new ArrowType.Date(DateUnit.DAY);
      case DATETIME -> new ArrowType.Date(DateUnit.MILLISECOND);
      case BLOB -> ArrowType.LargeBinary.INSTANCE;
      case VECTOR -> throw new IllegalArgumentException("vector is not a scalar column type");
    };
  }
}
