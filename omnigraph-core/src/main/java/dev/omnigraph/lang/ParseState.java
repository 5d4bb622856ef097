package dev.omnigraph.lang;

import java.util.Arrays;

/**
 * Mutable state of one parse: position, atomicity, look-ahead mode, the stack of finished nodes
 * and pest's error tracking.
 *
 * <p>Error tracking follows pest's {@code ParserState::rule}/{@code track}: when a rule fails (or,
 * inside a negative look-ahead, succeeds) at position {@code p}, it is recorded as an attempt at
 * {@code p} unless an attempt further on was already recorded. Attempts that the rule's children
 * recorded at {@code p} are replaced by the rule itself, except when the children recorded exactly
 * one attempt there (the more specific child is kept). Rules inside atomic rules are never
 * recorded; literals and silent rules never are.
 */
final class ParseState {
  /** The look-ahead mode; nested look-aheads combine as in pest. */
  enum Look {
    NONE,
    POSITIVE,
    NEGATIVE;

    Look enter(boolean positive) {
      if (positive) {
        return this == NEGATIVE ? NEGATIVE : POSITIVE;
      }
      return this == NEGATIVE ? POSITIVE : NEGATIVE;
    }
  }

  final String input;
  int pos;
  Look lookahead = Look.NONE;
  private boolean atomic;
  /** Finished nodes not yet adopted by a parent rule: a stack, top at {@code nodeCount - 1}. */
  private Node[] nodes = new Node[64];
  private int nodeCount;

  private int attemptPos;
  private final IntList expected = new IntList();
  private final IntList unexpected = new IntList();

  ParseState(String input) {
    this.input = input;
  }

  int nodeMark() {
    return nodeCount;
  }

  void dropNodes(int mark) {
    while (nodeCount > mark) {
      nodes[--nodeCount] = null;
    }
  }

  /** The node built by the last successful rule call. */
  Node lastNode() {
    return nodes[nodeCount - 1];
  }

  private void push(Node node) {
    if (nodeCount == nodes.length) {
      nodes = Arrays.copyOf(nodes, nodeCount * 2);
    }
    nodes[nodeCount++] = node;
  }

  /**
   * Implicit whitespace and comments (languages.md §1.2) between elements of non-atomic rules:
   * {@code (" " | "\t" | "\r" | "\n")* ( COMMENT (" " | "\t" | "\r" | "\n")* )*}. An unterminated
   * block comment is not consumed.
   */
  void skip() {
    if (atomic) {
      return;
    }
    String in = input;
    int n = in.length();
    int p = pos;
    while (true) {
      while (p < n && isWhitespace(in.charAt(p))) {
        p++;
      }
      if (in.startsWith("//", p)) {
        int eol = in.indexOf('\n', p + 2);
        p = eol < 0 ? n : eol;
      } else if (in.startsWith("/*", p)) {
        int close = in.indexOf("*/", p + 2);
        if (close < 0) {
          break;
        }
        p = close + 2;
      } else {
        break;
      }
    }
    pos = p;
  }

  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  /** Runs a rule: builds its node and records failed attempts as pest does. */
  boolean call(CompiledRule rule) {
    if (rule.kind == CompiledRule.Kind.SILENT) {
      return rule.body.match(this);
    }
    int start = pos;
    boolean atAttemptPos = start == attemptPos;
    int expectedIndex = atAttemptPos ? expected.size : 0;
    int unexpectedIndex = atAttemptPos ? unexpected.size : 0;
    int attemptsBefore = atAttemptPos ? expected.size + unexpected.size : 0;
    boolean buildsNode = lookahead == Look.NONE && !atomic;
    int mark = nodeCount;

    boolean outerAtomic = atomic;
    if (rule.kind == CompiledRule.Kind.ATOMIC) {
      atomic = true;
    }
    boolean matched = rule.body.match(this);
    atomic = outerAtomic;

    if (matched) {
      if (lookahead == Look.NEGATIVE) {
        track(rule, start, expectedIndex, unexpectedIndex, attemptsBefore);
      }
      if (buildsNode) {
        Node[] children = nodeCount == mark ? Node.NO_CHILDREN
            : Arrays.copyOfRange(nodes, mark, nodeCount);
        dropNodes(mark);
        push(new Node(rule.name, input, start, pos, children));
      }
      return true;
    }
    if (lookahead != Look.NEGATIVE) {
      track(rule, start, expectedIndex, unexpectedIndex, attemptsBefore);
    }
    pos = start;
    dropNodes(mark);
    return false;
  }

  private void track(CompiledRule rule, int at, int expectedIndex, int unexpectedIndex,
      int attemptsBefore) {
    if (atomic) {
      return;
    }
    int attemptsNow = at == attemptPos ? expected.size + unexpected.size : 0;
    if (attemptsNow > attemptsBefore && attemptsNow - attemptsBefore == 1) {
      return; // exactly one child attempt here: it says more than this rule would
    }
    if (at == attemptPos) {
      expected.truncate(expectedIndex);
      unexpected.truncate(unexpectedIndex);
    }
    if (at > attemptPos) {
      expected.clear();
      unexpected.clear();
      attemptPos = at;
    }
    if (at == attemptPos) {
      (lookahead == Look.NEGATIVE ? unexpected : expected).add(rule.ordinal);
    }
  }

  int attemptPos() {
    return attemptPos;
  }

  int[] expectedOrdinals() {
    return expected.sortedDistinct();
  }

  int[] unexpectedOrdinals() {
    return unexpected.sortedDistinct();
  }

  /** A minimal growable int list (rule ordinals). */
  private static final class IntList {
    private int[] values = new int[16];
    private int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    void truncate(int newSize) {
      if (newSize < size) {
        size = newSize;
      }
    }

    void clear() {
      size = 0;
    }

    int[] sortedDistinct() {
      return Arrays.stream(values, 0, size).sorted().distinct().toArray();
    }
  }
}
