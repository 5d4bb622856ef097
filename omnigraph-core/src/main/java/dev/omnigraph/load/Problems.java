package dev.omnigraph.load;

import dev.omnigraph.ConflictException;
import dev.omnigraph.KeyConflictException;
import dev.omnigraph.LoadError;
import dev.omnigraph.LoadException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The problems found in one load, kept in the order the spec reports them (semantics.md §12.3,
 * §11): shape errors by line; then node types in order of first appearance, then edge types, each
 * by stage (endpoints, identity, values, {@code @range}, {@code @check}, enum, uniqueness within
 * the input, stored rows), rule and row; then {@code @card}. Only the first
 * {@link LoadException#MAX_ERRORS} are kept, so memory stays bounded whatever the input.
 */
final class Problems {
  static final int PHASE_SHAPE = 0;
  static final int PHASE_NODES = 1;
  static final int PHASE_EDGES = 2;
  static final int PHASE_CARDINALITY = 3;

  static final int STAGE_ENDPOINT = 0;
  static final int STAGE_IDENTITY = 1;
  static final int STAGE_VALUE = 2;
  static final int STAGE_RANGE = 3;
  static final int STAGE_CHECK = 4;
  static final int STAGE_ENUM = 5;
  static final int STAGE_UNIQUE = 6;
  static final int STAGE_STORED = 7;

  /** Where a problem sorts; {@code seq} keeps insertion order among equal keys. */
  record Key(int phase, int type, int stage, int order, long row, int sub)
      implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = Integer.compare(phase, o.phase);
      c = c != 0 ? c : Integer.compare(type, o.type);
      c = c != 0 ? c : Integer.compare(stage, o.stage);
      c = c != 0 ? c : Integer.compare(order, o.order);
      c = c != 0 ? c : Long.compare(row, o.row);
      return c != 0 ? c : Integer.compare(sub, o.sub);
    }
  }

  /** The public exception a problem becomes when it is the first one. */
  enum Kind { BAD_REQUEST, KEY_CONFLICT, UNIQUE_CONFLICT }

  private record Problem(Key key, long seq, LoadError error, Kind kind, String tableKey,
      String entityId) implements Comparable<Problem> {
    @Override
    public int compareTo(Problem o) {
      int c = key.compareTo(o.key);
      return c != 0 ? c : Long.compare(seq, o.seq);
    }
  }

  private final TreeSet<Problem> kept = new TreeSet<>();
  private long seq;

  boolean isEmpty() {
    return kept.isEmpty();
  }

  /**
   * Whether every problem sorting at or after {@code key} would be dropped: the collection is full
   * of problems that sort before it, so checks that can only find such problems may be skipped.
   */
  boolean full(Key key) {
    return kept.size() >= LoadException.MAX_ERRORS && kept.last().key().compareTo(key) < 0;
  }

  void add(Key key, LoadError error) {
    add(key, error, Kind.BAD_REQUEST, null, null);
  }

  void add(Key key, LoadError error, Kind kind, String tableKey, String entityId) {
    Problem p = new Problem(key, seq++, error, kind, tableKey, entityId);
    if (kept.size() < LoadException.MAX_ERRORS) {
      kept.add(p);
    } else if (p.compareTo(kept.last()) < 0) {
      kept.pollLast();
      kept.add(p);
    }
  }

  /** The exception for the problems found: the first one decides the type and the message. */
  RuntimeException toException() {
    Problem first = kept.first();
    return switch (first.kind()) {
      case KEY_CONFLICT -> new KeyConflictException(first.error().message(), first.tableKey(),
          first.entityId());
      case UNIQUE_CONFLICT -> new ConflictException(first.error().message());
      case BAD_REQUEST -> {
        List<LoadError> errors = new ArrayList<>();
        kept.forEach(p -> errors.add(p.error()));
        yield new LoadException(errors);
      }
    };
  }
}
