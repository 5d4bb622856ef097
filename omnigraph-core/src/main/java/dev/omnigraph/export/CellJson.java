package dev.omnigraph.export;

import dev.omnigraph.json.JsonBytes;
import dev.omnigraph.schema.PropType;
import dev.omnigraph.value.TemporalText;
import org.apache.arrow.memory.ArrowBuf;
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
 * Writes one cell of a scanned column as export JSON (semantics.md §13): values as in query
 * results (§5.3) except Date as integer days and DateTime without zone. Blob columns are not
 * handled here (their bytes come from a separate read).
 */
interface CellJson {
  void write(int row, JsonBytes out);

  static CellJson of(FieldVector vector, PropType type) {
    if (type.list()) {
      ListVector list = (ListVector) vector;
      PropType element = new PropType(type.scalar(), type.vectorDim(), true, false, type.enumValues());
      CellJson items = of(list.getDataVector(), element);
      return (row, out) -> {
        if (list.isNull(row)) {
          out.nul();
          return;
        }
        out.raw('[');
        int end = list.getElementEndIndex(row);
        for (int k = list.getElementStartIndex(row); k < end; k++) {
          items.write(k, out);
          if (k + 1 < end) {
            out.raw(',');
          }
        }
        out.raw(']');
      };
    }
    if (type.isVector()) {
      FixedSizeListVector fsl = (FixedSizeListVector) vector;
      Float4Vector items = (Float4Vector) fsl.getDataVector();
      int dim = type.vectorDim();
      return (row, out) -> {
        if (fsl.isNull(row)) {
          out.nul();
          return;
        }
        out.raw('[');
        for (int k = 0; k < dim; k++) {
          out.f32(items.get(row * dim + k));
          if (k + 1 < dim) {
            out.raw(',');
          }
        }
        out.raw(']');
      };
    }
    return switch (type.scalar()) {
      case STRING -> string((VarCharVector) vector);
      case BOOL -> {
        BitVector v = (BitVector) vector;
        yield (row, out) -> {
          if (v.isNull(row)) {
            out.nul();
          } else {
            out.bool(v.get(row) != 0);
          }
        };
      }
      case I32 -> {
        IntVector v = (IntVector) vector;
        yield (row, out) -> {
          if (v.isNull(row)) {
            out.nul();
          } else {
            out.number(v.get(row));
          }
        };
      }
      case I64 -> {
        BigIntVector v = (BigIntVector) vector;
        yield (row, out) -> {
          if (v.isNull(row)) {
            out.nul();
          } else {
            out.number(v.get(row));
          }
        };
      }
      case U32 -> {
        UInt4Vector v = (UInt4Vector) vector;
        yield (row, out) -> {
          if (v.isNull(row)) {
            out.nul();
          } else {
            out.number(v.getValueAsLong(row));
          }
        };
      }
      case U64 -> {
        UInt8Vector v = (UInt8Vector) vector;
        yield (row, out) -> {
          if (v.isNull(row)) {
            out.nul();
          } else {
            out.unsigned(v.get(row));
          }
        };
      }
      case F32 -> {
        Float4Vector v = (Float4Vector) vector;
        yield (row, out) -> {
          if (v.isNull(row)) {
            out.nul();
          } else {
            out.f32(v.get(row));
          }
        };
      }
      case F64 -> {
        Float8Vector v = (Float8Vector) vector;
        yield (row, out) -> {
          if (v.isNull(row)) {
            out.nul();
          } else {
            out.f64(v.get(row));
          }
        };
      }
      case DATE -> {
        DateDayVector v = (DateDayVector) vector;
        yield (row, out) -> {
          if (v.isNull(row)) {
            out.nul();
          } else {
            out.number(v.get(row));
          }
        };
      }
      case DATETIME -> {
        DateMilliVector v = (DateMilliVector) vector;
        yield (row, out) -> {
          if (v.isNull(row)) {
            out.nul();
          } else {
            out.string(TemporalText.formatDateTimeLocal(v.get(row)));
          }
        };
      }
      case BLOB, VECTOR -> throw new IllegalArgumentException("not a plain column: " + type);
    };
  }

  /** Strings are escaped straight from the vector's UTF-8 data through a reused buffer. */
  private static CellJson string(VarCharVector v) {
    byte[][] scratch = {new byte[256]};
    return (row, out) -> {
      if (v.isNull(row)) {
        out.nul();
        return;
      }
      long start = v.getStartOffset(row);
      int len = (int) (v.getEndOffset(row) - start);
      if (scratch[0].length < len) {
        scratch[0] = new byte[Math.max(len, scratch[0].length * 2)];
      }
      ArrowBuf data = v.getDataBuffer();
      data.getBytes(start, scratch[0], 0, len);
      out.string(scratch[0], 0, len);
    };
  }
}
