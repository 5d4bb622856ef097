package dev.omnigraph.json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable UTF-8 buffer for writing JSON text quickly: callers append tokens and values, then
 * {@link #writeTo} an output stream and {@link #reset()}. Strings already in UTF-8 (Arrow string
 * vectors) are escaped byte by byte without decoding. Not thread-safe.
 */
public final class JsonBytes {
  private static final byte[] NULL = bytes("null");
  private static final byte[] TRUE = bytes("true");
  private static final byte[] FALSE = bytes("false");

  private byte[] buf;
  private int len;

  public JsonBytes() {
    this(8192);
  }

  public JsonBytes(int capacity) {
    buf = new byte[Math.max(16, capacity)];
  }

  /** Bytes written since the last reset. */
  public int size() {
    return len;
  }

  public void reset() {
    len = 0;
  }

  /** Writes the buffered bytes to {@code out} (does not reset). */
  public void writeTo(OutputStream out) throws IOException {
    out.write(buf, 0, len);
  }

  /** The buffered text (for tests and small outputs). */
  @Override
  public String toString() {
    return new String(buf, 0, len, StandardCharsets.UTF_8);
  }

  /** Appends one ASCII character verbatim ({@code {}, {@code ,}, {@code :} …). */
  public JsonBytes raw(char c) {
    ensure(1);
    buf[len++] = (byte) c;
    return this;
  }

  /** Appends pre-encoded bytes verbatim (e.g. a constant key such as {@code "data":}). */
  public JsonBytes raw(byte[] b) {
    ensure(b.length);
    System.arraycopy(b, 0, buf, len, b.length);
    len += b.length;
    return this;
  }

  /** Appends ASCII text verbatim (numbers, literals). */
  public JsonBytes ascii(String s) {
    ensure(s.length());
    for (int i = 0; i < s.length(); i++) {
      buf[len++] = (byte) s.charAt(i);
    }
    return this;
  }

  public JsonBytes nul() {
    return raw(NULL);
  }

  public JsonBytes bool(boolean v) {
    return raw(v ? TRUE : FALSE);
  }

  /** A signed integer. */
  public JsonBytes number(long v) {
    return ascii(Long.toString(v));
  }

  /** An unsigned 64-bit integer given as its bit pattern. */
  public JsonBytes unsigned(long v) {
    return ascii(Long.toUnsignedString(v));
  }

  /** A float64: a number, or a string for NaN and the infinities. */
  public JsonBytes f64(double v) {
    return Double.isFinite(v) ? ascii(JsonNumbers.formatDouble(v)) : string(JsonNumbers.nonFinite(v));
  }

  /** A float32 in its shortest float32 form, or a string for NaN and the infinities. */
  public JsonBytes f32(float v) {
    return Float.isFinite(v) ? ascii(JsonNumbers.formatFloat(v)) : string(JsonNumbers.nonFinite(v));
  }

  /** A quoted, escaped string. */
  public JsonBytes string(String s) {
    ensure(s.length() + 2);
    buf[len++] = '"';
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        String esc = JsonStrings.escape(c);
        if (esc == null) {
          ensure(1);
          buf[len++] = (byte) c;
        } else {
          ascii(esc);
        }
      } else {
        int end = i + 1;
        while (end < s.length() && s.charAt(end) >= 0x80) {
          end++;
        }
        raw(s.substring(i, end).getBytes(StandardCharsets.UTF_8));
        i = end - 1;
      }
    }
    ensure(1);
    buf[len++] = '"';
    return this;
  }

  /** A quoted, escaped string given as UTF-8 bytes. */
  public JsonBytes string(byte[] utf8, int off, int length) {
    ensure(length + 2);
    buf[len++] = '"';
    for (int i = off; i < off + length; i++) {
      byte b = utf8[i];
      if (b >= 0x20 && b != '"' && b != '\\' || b < 0) { // b < 0: a byte of a multi-byte character
        ensure(1);
        buf[len++] = b;
      } else {
        ascii(JsonStrings.escape(b));
      }
    }
    ensure(1);
    buf[len++] = '"';
    return this;
  }

  private void ensure(int n) {
    if (len + n > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
