package dev.omnigraph.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A node of the parse tree: one successful match of a non-silent rule (pest's {@code Pair}). Its
 * children are the nodes of the rules matched inside it, in source order; literals and silent rules
 * leave no node, and rules inside an atomic rule leave none either.
 *
 * <p>Offsets are UTF-16 indices into the source. As in pest, a rule's span may end with implicit
 * whitespace that its last (optional, unmatched) element skipped.
 */
public final class Node {
  static final Node[] NO_CHILDREN = new Node[0];

  private final String rule;
  private final String source;
  private final int start;
  private final int end;
  private final Node[] children;

  Node(String rule, String source, int start, int end, Node[] children) {
    this.rule = rule;
    this.source = source;
    this.start = start;
    this.end = end;
    this.children = children;
  }

  /** The name of the rule that matched. */
  public String rule() {
    return rule;
  }

  /** Whether this node was produced by the named rule. */
  public boolean is(String ruleName) {
    return rule.equals(ruleName);
  }

  /** Start offset (inclusive). */
  public int start() {
    return start;
  }

  /** End offset (exclusive). */
  public int end() {
    return end;
  }

  /** The matched text. */
  public String text() {
    return source.substring(start, end);
  }

  /** The 1-based line and column (in code points) where this node starts. */
  public TextPosition position() {
    return TextPosition.of(source, start);
  }

  public List<Node> children() {
    return Collections.unmodifiableList(Arrays.asList(children));
  }

  /** The number of children. */
  public int childCount() {
    return children.length;
  }

  /** The i-th child. */
  public Node child(int i) {
    return children[i];
  }

  /** The first child produced by the named rule, or null. */
  public Node first(String ruleName) {
    for (Node c : children) {
      if (c.is(ruleName)) {
        return c;
      }
    }
    return null;
  }

  /** Every child produced by the named rule, in order. */
  public List<Node> all(String ruleName) {
    List<Node> out = new ArrayList<>();
    for (Node c : children) {
      if (c.is(ruleName)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The first node of the named rule in this subtree (pre-order, this node included), or null. */
  public Node find(String ruleName) {
    if (is(ruleName)) {
      return this;
    }
    for (Node c : children) {
      Node found = c.find(ruleName);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return rule + "[" + start + ".." + end + "]";
  }
}
