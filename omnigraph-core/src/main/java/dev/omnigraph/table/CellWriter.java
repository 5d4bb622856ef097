package dev.omnigraph.table;

import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.ScalarType;
import dev.omnigraph.value.BlobValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DateMilliVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.LargeVarBinaryVector;
import org.apache.arrow.vector.UInt4Vector;
import org.apache.arrow.vector.UInt8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.complex.FixedSizeListVector;
import org.apache.arrow.vector.complex.ListVector;

/**
 * Writes canonical property values (see {@link CellValues}) into the Arrow vector of a table column
 * ({@link TableSchemas} types). One writer per column and batch; rows may be written in any order
 * but each at most once, and list columns need increasing row indexes.
 */
public interface CellWriter {
  /** Writes one cell; {@code value} is the canonical value, or null. */
  void write(int row, Object value);

  /** A writer for a column of this property type (id, src, dst: {@code String}). */
  static CellWriter of(FieldVector vector, PropType type) {
    if (type.list()) {
      ListVector list = (ListVector) vector;
      PropType element = new PropType(type.scalar(), type.vectorDim(), true, false, type.enumValues());
      CellWriter items = of(list.getDataVector(), element);
      return (row, value) -> {
        if (value == null) {
          list.setNull(row);
          return;
        }
        List<?> values = (List<?>) value;
        int start = list.startNewValue(row);
        for (int k = 0; k < values.size(); k++) {
          items.write(start + k, values.get(k));
        }
        list.endValue(row, values.size());
      };
    }
    if (type.isVector()) {
      FixedSizeListVector fsl = (FixedSizeListVector) vector;
      Float4Vector items = (Float4Vector) fsl.getDataVector();
      int dim = type.vectorDim();
      return (row, value) -> {
        if (value == null) {
          fsl.setNull(row);
          return;
        }
        float[] v = (float[]) value;
        fsl.setNotNull(row);
        int base = row * dim;
        for (int k = 0; k < dim; k++) {
          items.setSafe(base + k, v[k]);
        }
      };
    }
    return scalar(vector, type.scalar());
  }

  private static CellWriter scalar(FieldVector vector, ScalarType scalar) {
    return switch (scalar) {
      case STRING -> {
        VarCharVector v = (VarCharVector) vector;
        yield (row, value) -> {
          if (value == null) {
            v.setNull(row);
          } else {
            v.setSafe(row, ((String) value).getBytes(StandardCharsets.UTF_8));
          }
        };
      }
      case BOOL -> {
        BitVector v = (BitVector) vector;
        yield (row, value) -> {
          if (value == null) {
            v.setNull(row);
          } else {
            v.setSafe(row, (Boolean) value ? 1 : 0);
          }
        };
      }
      case I32 -> {
        IntVector v = (IntVector) vector;
        yield (row, value) -> {
          if (value == null) {
            v.setNull(row);
          } else {
            v.setSafe(row, (Integer) value);
          }
        };
      }
      case I64 -> {
        BigIntVector v = (BigIntVector) vector;
        yield (row, value) -> {
          if (value == null) {
            v.setNull(row);
          } else {
            v.setSafe(row, (Long) value);
          }
        };
      }
      case U32 -> {
        UInt4Vector v = (UInt4Vector) vector;
        yield (row, value) -> {
          if (value == null) {
            v.setNull(row);
          } else {
            v.setSafe(row, (int) (long) (Long) value);
          }
        };
      }
      case U64 -> {
        UInt8Vector v = (UInt8Vector) vector;
        yield (row, value) -> {
          if (value == null) {
            v.setNull(row);
          } else {
            v.setSafe(row, (Long) value);
          }
        };
      }
      case F32 -> {
        Float4Vector v = (Float4Vector) vector;
        yield (row, value) -> {
          if (value == null) {
            v.setNull(row);
          } else {
            v.setSafe(row, (Float) value);
          }
        };
      }
      case F64 -> {
        Float8Vector v = (Float8Vector) vector;
        yield (row, value) -> {
          if (value == null) {
            v.setNull(row);
          } else {
            v.setSafe(row, (Double) value);
          }
        };
      }
      case DATE -> {
        DateDayVector v = (DateDayVector) vector;
        yield (row, value) -> {
          if (value == null) {
            v.setNull(row);
          } else {
            v.setSafe(row, (Integer) value);
          }
        };
      }
      case DATETIME -> {
        DateMilliVector v = (DateMilliVector) vector;
        yield (row, value) -> {
          if (value == null) {
            v.setNull(row);
          } else {
            v.setSafe(row, (Long) value);
          }
        };
      }
      case BLOB -> {
        LargeVarBinaryVector v = (LargeVarBinaryVector) vector;
        yield (row, value) -> {
          if (value == null) {
            v.setNull(row);
          } else {
            v.setSafe(row, ((BlobValue) value).toCell());
          }
        };
      }
      case VECTOR -> throw new IllegalArgumentException("vector columns are not scalar");
    };
  }
}
