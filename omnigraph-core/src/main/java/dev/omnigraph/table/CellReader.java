package dev.omnigraph.table;

import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.ScalarType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import org.apache.arrow.vector.complex.FixedSizeListVector;
import org.apache.arrow.vector.complex.ListVector;

/**
 * Reads canonical property values (see {@link CellValues}) from the Arrow vector of a scanned
 * table column. Blob columns are not readable this way: a scan returns blob descriptors, whose
 * contents are read with {@code TableReader.readBlobs}.
 */
public interface CellReader {
  /** The canonical value of one cell, or null. */
  Object read(int row);

  /** A reader for a column of this property type (id, src, dst: {@code String}). */
  static CellReader of(FieldVector vector, PropType type) {
    if (type.list()) {
      ListVector list = (ListVector) vector;
      PropType element = new PropType(type.scalar(), type.vectorDim(), true, false, type.enumValues());
      CellReader items = of(list.getDataVector(), element);
      return row -> {
        if (list.isNull(row)) {
          return null;
        }
        int start = list.getElementStartIndex(row);
        int end = list.getElementEndIndex(row);
        List<Object> out = new ArrayList<>(end - start);
        for (int k = start; k < end; k++) {
          out.add(items.read(k));
        }
        return out;
      };
    }
    if (type.isVector()) {
      FixedSizeListVector fsl = (FixedSizeListVector) vector;
      Float4Vector items = (Float4Vector) fsl.getDataVector();
      int dim = type.vectorDim();
      return row -> {
        if (fsl.isNull(row)) {
          return null;
        }
        float[] v = new float[dim];
        for (int k = 0; k < dim; k++) {
          v[k] = items.get(row * dim + k);
        }
        return v;
      };
    }
    return scalar(vector, type.scalar());
  }

  private static CellReader scalar(FieldVector vector, ScalarType scalar) {
    return switch (scalar) {
      case STRING -> {
        VarCharVector v = (VarCharVector) vector;
        yield row -> v.isNull(row) ? null : new String(v.get(row), StandardCharsets.UTF_8);
      }
      case BOOL -> {
        BitVector v = (BitVector) vector;
        yield row -> v.isNull(row) ? null : v.get(row) != 0;
      }
      case I32 -> {
        IntVector v = (IntVector) vector;
        yield row -> v.isNull(row) ? null : v.get(row);
      }
      case I64 -> {
        BigIntVector v = (BigIntVector) vector;
        yield row -> v.isNull(row) ? null : v.get(row);
      }
      case U32 -> {
        UInt4Vector v = (UInt4Vector) vector;
        yield row -> v.isNull(row) ? null : v.getValueAsLong(row);
      }
      case U64 -> {
        UInt8Vector v = (UInt8Vector) vector;
        yield row -> v.isNull(row) ? null : v.get(row);
      }
      case F32 -> {
        Float4Vector v = (Float4Vector) vector;
        yield row -> v.isNull(row) ? null : v.get(row);
      }
      case F64 -> {
        Float8Vector v = (Float8Vector) vector;
        yield row -> v.isNull(row) ? null : v.get(row);
      }
      case DATE -> {
        DateDayVector v = (DateDayVector) vector;
        yield row -> v.isNull(row) ? null : v.get(row);
      }
      case DATETIME -> {
        DateMilliVector v = (DateMilliVector) vector;
        yield row -> v.isNull(row) ? null : v.get(row);
      }
      case BLOB -> throw new IllegalArgumentException(
          "blob cells are read with TableReader.readBlobs, not from a scan");
      case VECTOR -> throw new IllegalArgumentException("vector columns are not scalar");
    };
  }
}
