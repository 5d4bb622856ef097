package dev.omnigraph.exec.store;

import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.ScalarType;
import dev.omnigraph.table.CellReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DateMilliVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.UInt4Vector;
import org.apache.arrow.vector.UInt8Vector;
import org.apache.arrow.vector.VarCharVector;

/** Accumulates the Arrow batches of one scanned column into a compact {@link Column}. */
public sealed interface ColumnBuilder {

  /** Appends the first {@code rows} values of a batch's vector. */
  void append(FieldVector vector, int rows);

  Column build();

  /** A builder for a column of this property type; String columns become dictionaries when apt. */
  static ColumnBuilder of(PropType type, int expectedRows) {
    if (type.list() || type.isVector()) {
      return new Objects(type, expectedRows);
    }
    return switch (type.scalar()) {
      case STRING -> new Strings(expectedRows, true);
      case BOOL -> new Bools(expectedRows);
      case I32, DATE -> new Ints(expectedRows);
      case I64, U32, U64, DATETIME -> new Longs(expectedRows, type.scalar() == ScalarType.U64);
      case F32 -> new Floats(expectedRows);
      case F64 -> new Doubles(expectedRows);
      case BLOB -> new Blobs();
      case VECTOR -> throw new IllegalArgumentException("vector handled above");
    };
  }

  /** A builder for an id/src/dst column (plain strings, never a dictionary). */
  static Strings ids(int expectedRows) {
    return new Strings(expectedRows, false);
  }

  /** Strings: UTF-8 bytes copied straight from the Arrow buffers. */
  final class Strings implements ColumnBuilder {
    private final PlainStrings.Builder b;
    private final boolean dictionary;
    private byte[] scratch = new byte[64];

    Strings(int expectedRows, boolean dictionary) {
      this.b = new PlainStrings.Builder(expectedRows);
      this.dictionary = dictionary;
    }

    @Override
    public void append(FieldVector vector, int rows) {
      VarCharVector v = (VarCharVector) vector;
      for (int i = 0; i < rows; i++) {
        if (v.isNull(i)) {
          b.appendNull();
          continue;
        }
        int start = v.getStartOffset(i);
        int len = v.getEndOffset(i) - start;
        if (len > scratch.length) {
          scratch = new byte[Math.max(len, scratch.length * 2)];
        }
        v.getDataBuffer().getBytes(start, scratch, 0, len);
        b.append(scratch, 0, len);
      }
    }

    @Override
    public StringColumn build() {
      PlainStrings plain = b.build();
      return dictionary ? DictStrings.encode(plain) : plain;
    }

    /** The plain column (ids). */
    public PlainStrings buildPlain() {
      return b.build();
    }
  }

  /** I32 and Date. */
  final class Ints implements ColumnBuilder {
    private int[] values;
    private long[] nulls;
    private int size;

    Ints(int expectedRows) {
      values = new int[Math.max(1, expectedRows)];
    }

    @Override
    public void append(FieldVector vector, int rows) {
      if (size + rows > values.length) {
        values = Arrays.copyOf(values, Math.max(values.length * 2, size + rows));
      }
      for (int i = 0; i < rows; i++, size++) {
        if (vector.isNull(i)) {
          nulls = Nulls.set(nulls, size, values.length);
        } else if (vector instanceof IntVector v) {
          values[size] = v.get(i);
        } else {
          values[size] = ((DateDayVector) vector).get(i);
        }
      }
    }

    @Override
    public Column build() {
      return new IntColumn(Arrays.copyOf(values, size), Nulls.trim(nulls, size), size);
    }
  }

  /** I64, U32, U64 (bit pattern) and DateTime. */
  final class Longs implements ColumnBuilder {
    private final boolean unsigned;
    private long[] values;
    private long[] nulls;
    private int size;

    Longs(int expectedRows, boolean unsigned) {
      this.unsigned = unsigned;
      values = new long[Math.max(1, expectedRows)];
    }

    @Override
    public void append(FieldVector vector, int rows) {
      if (size + rows > values.length) {
        values = Arrays.copyOf(values, Math.max(values.length * 2, size + rows));
      }
      for (int i = 0; i < rows; i++, size++) {
        if (vector.isNull(i)) {
          nulls = Nulls.set(nulls, size, values.length);
        } else if (vector instanceof BigIntVector v) {
          values[size] = v.get(i);
        } else if (vector instanceof UInt4Vector v) {
          values[size] = v.getValueAsLong(i);
        } else if (vector instanceof UInt8Vector v) {
          values[size] = v.get(i);
        } else {
          values[size] = ((DateMilliVector) vector).get(i);
        }
      }
    }

    @Override
    public Column build() {
      return new LongColumn(Arrays.copyOf(values, size), Nulls.trim(nulls, size), size, unsigned);
    }
  }

  /** F32. */
  final class Floats implements ColumnBuilder {
    private float[] values;
    private long[] nulls;
    private int size;

    Floats(int expectedRows) {
      values = new float[Math.max(1, expectedRows)];
    }

    @Override
    public void append(FieldVector vector, int rows) {
      Float4Vector v = (Float4Vector) vector;
      if (size + rows > values.length) {
        values = Arrays.copyOf(values, Math.max(values.length * 2, size + rows));
      }
      for (int i = 0; i < rows; i++, size++) {
        if (v.isNull(i)) {
          nulls = Nulls.set(nulls, size, values.length);
        } else {
          values[size] = v.get(i);
        }
      }
    }

    @Override
    public Column build() {
      return new FloatColumn(Arrays.copyOf(values, size), Nulls.trim(nulls, size), size);
    }
  }

  /** F64. */
  final class Doubles implements ColumnBuilder {
    private double[] values;
    private long[] nulls;
    private int size;

    Doubles(int expectedRows) {
      values = new double[Math.max(1, expectedRows)];
    }

    @Override
    public void append(FieldVector vector, int rows) {
      Float8Vector v = (Float8Vector) vector;
      if (size + rows > values.length) {
        values = Arrays.copyOf(values, Math.max(values.length * 2, size + rows));
      }
      for (int i = 0; i < rows; i++, size++) {
        if (v.isNull(i)) {
          nulls = Nulls.set(nulls, size, values.length);
        } else {
          values[size] = v.get(i);
        }
      }
    }

    @Override
    public Column build() {
      return new DoubleColumn(Arrays.copyOf(values, size), Nulls.trim(nulls, size), size);
    }
  }

  /** Bool. */
  final class Bools implements ColumnBuilder {
    private long[] bits;
    private long[] nulls;
    private int size;

    Bools(int expectedRows) {
      bits = new long[Math.max(1, (expectedRows + 63) >>> 6)];
    }

    @Override
    public void append(FieldVector vector, int rows) {
      BitVector v = (BitVector) vector;
      int words = (size + rows + 63) >>> 6;
      if (words > bits.length) {
        bits = Arrays.copyOf(bits, Math.max(bits.length * 2, words));
      }
      for (int i = 0; i < rows; i++, size++) {
        if (v.isNull(i)) {
          nulls = Nulls.set(nulls, size, bits.length * 64);
        } else if (v.get(i) != 0) {
          bits[size >>> 6] |= 1L << size;
        }
      }
    }

    @Override
    public Column build() {
      return new BoolColumn(Arrays.copyOf(bits, (size + 63) >>> 6), Nulls.trim(nulls, size), size);
    }
  }

  /** Lists and vectors, as canonical objects. */
  final class Objects implements ColumnBuilder {
    private final PropType type;
    private final List<Object> values;

    Objects(PropType type, int expectedRows) {
      this.type = type;
      this.values = new ArrayList<>(Math.max(1, expectedRows));
    }

    @Override
    public void append(FieldVector vector, int rows) {
      CellReader cells = CellReader.of(vector, type);
      for (int i = 0; i < rows; i++) {
        values.add(cells.read(i));
      }
    }

    @Override
    public Column build() {
      return new ObjectColumn(values);
    }
  }

  /** Blob: never read (semantics.md §3.2); every value is null. */
  final class Blobs implements ColumnBuilder {
    private int size;

    @Override
    public void append(FieldVector vector, int rows) {
      size += rows;
    }

    @Override
    public Column build() {
      return new NullColumn(size);
    }
  }
}
