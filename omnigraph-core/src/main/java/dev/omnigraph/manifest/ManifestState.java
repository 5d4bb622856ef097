package dev.omnigraph.manifest;

import dev.omnigraph.util.ByteOrder;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The decoded config of one {@code __manifest} version: every branch head, the accepted schema
 * and the schema-apply lock. Immutable.
 *
 * @param version the {@code __manifest} version this state was read at
 * @param format  the repository format stamp ({@code omnigraph.format}), null before genesis
 * @param repoId  the repository's ULID
 * @param heads   branch name → head, sorted by name
 * @param schema  the accepted schema
 * @param lock    the schema-apply lease, or null
 */
public record ManifestState(long version, String format, String repoId, SortedMap<String, HeadRecord> heads,
    SchemaRecord schema, LockRecord lock) {

  public ManifestState {
    heads = Collections.unmodifiableSortedMap(withByteOrder(heads));
  }

  private static SortedMap<String, HeadRecord> withByteOrder(SortedMap<String, HeadRecord> m) {
    TreeMap<String, HeadRecord> t = new TreeMap<>(ByteOrder.COMPARATOR);
    t.putAll(m);
    return t;
  }

  public HeadRecord head(String branch) {
    return heads.get(branch);
  }
}
