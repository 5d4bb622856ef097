package dev.omnigraph.value;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * The value of a Blob property: inline bytes or a reference to an object elsewhere (a URI such as
 * {@code s3://…} or {@code file://…}).
 *
 * <p>Text form (JSONL input, export, mutation parameters): {@code base64:{standard base64}} for
 * inline bytes, any other string for a URI (semantics.md §12.4, §13).
 *
 * <p>Storage form (one cell of the table's LargeBinary blob column): inline bytes are stored as
 * they are; a URI is stored as {@link #URI_MARKER} followed by its UTF-8 bytes. The marker starts
 * with a NUL byte and a fixed 20-byte tag, so inline data is read as a URI only if it begins with
 * exactly those 20 bytes.
 */
public sealed interface BlobValue {
  /** Prefix of a stored cell that holds a URI reference instead of inline bytes. */
  byte[] URI_MARKER = "\0omnigraph:blob-uri\0".getBytes(StandardCharsets.US_ASCII);

  /** The storage form of this value. */
  byte[] toCell();

  /** The text form: the URI, or {@code base64:} and the standard base64 of the bytes. */
  String toText();

  /** Inline bytes. */
  record Inline(byte[] bytes) implements BlobValue {
    public Inline {
      bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
      return bytes.clone();
    }

    @Override
    public byte[] toCell() {
      return bytes.clone();
    }

    @Override
    public String toText() {
      return "base64:" + Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Inline i && Arrays.equals(bytes, i.bytes);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
      return "Inline[" + bytes.length + " bytes]";
    }
  }

  /** A reference to an object stored elsewhere. */
  record Uri(String uri) implements BlobValue {
    @Override
    public byte[] toCell() {
      byte[] u = uri.getBytes(StandardCharsets.UTF_8);
      byte[] out = Arrays.copyOf(URI_MARKER, URI_MARKER.length + u.length);
      System.arraycopy(u, 0, out, URI_MARKER.length, u.length);
      return out;
    }

    @Override
    public String toText() {
      return uri;
    }
  }

  /**
   * Parses the text form.
   *
   * @throws IllegalArgumentException with the message {@code invalid base64 blob data: {detail}}
   */
  static BlobValue parse(String text) {
    if (text.startsWith("base64:")) {
      try {
        return new Inline(Base64.getDecoder().decode(text.substring("base64:".length())));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("invalid base64 blob data: " + e.getMessage(), e);
      }
    }
    return new Uri(text);
  }

  /** Reads a stored cell. */
  static BlobValue fromCell(byte[] cell) {
    if (cell.length >= URI_MARKER.length
        && Arrays.equals(cell, 0, URI_MARKER.length, URI_MARKER, 0, URI_MARKER.length)) {
      return new Uri(new String(cell, URI_MARKER.length, cell.length - URI_MARKER.length,
          StandardCharsets.UTF_8));
    }
    return new Inline(cell);
  }
}
