package dev.omnigraph.schema.compiler;

import dev.omnigraph.schema.EdgeType;
import dev.omnigraph.schema.InterfaceType;
import dev.omnigraph.schema.NodeType;
import dev.omnigraph.util.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/**
 * The canonical schema IR of languages.md §2.10, {@code ir_version} 1. Its elements are the
 * catalog's own immutable types, which carry exactly the IR's fields (property ids are derived).
 * Lists are in the order they were built or read in: canonical when built by {@link IrBuilder}.
 */
record SchemaIr(List<InterfaceType> interfaces, List<NodeType> nodes, List<EdgeType> edges) {
  static final int VERSION = 1;

  /** Unicode code point order, which is the byte order of UTF-8 (Rust's {@code str} order). */
  static final Comparator<String> CODE_POINT_ORDER = ByteOrder.COMPARATOR;

  SchemaIr {
    interfaces = List.copyOf(interfaces);
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** {@code type_id}: FNV-1a 32 of {@code {kind}:{name}}. */
  static int typeId(String kind, String name) {
    return fnv1a(kind, name);
  }

  /** {@code prop_id}: FNV-1a 32 of {@code {kind}:{owner}:{property}}. */
  static int propId(String kind, String owner, String property) {
    return fnv1a(kind, owner, property);
  }

  /** FNV-1a, 32 bits, over the UTF-8 of the parts joined by {@code :}; 0 becomes 1. */
  static int fnv1a(String... parts) {
    int hash = 0x811C9DC5;
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        hash = (hash ^ ':') * 16777619;
      }
      hash = fnv1a(hash, parts[i]);
    }
    return hash == 0 ? 1 : hash;
  }

  private static int fnv1a(int hash, String part) {
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (c >= 0x80) { // not ASCII: hash the UTF-8 bytes from here on
        for (byte b : part.substring(i).getBytes(StandardCharsets.UTF_8)) {
          hash = (hash ^ (b & 0xFF)) * 16777619;
        }
        return hash;
      }
      hash = (hash ^ c) * 16777619;
    }
    return hash;
  }
}
