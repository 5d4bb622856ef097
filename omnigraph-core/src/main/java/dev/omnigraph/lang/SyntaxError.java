package dev.omnigraph.lang;

import java.util.List;

/**
 * A grammar error: where the parse got furthest and which rules were attempted there, rendered
 * exactly like pest's {@code Error} display (languages.md §6.2).
 *
 * @param position   where the furthest failed rule attempt started
 * @param expected   rules that were expected there, in grammar order ({@code EOI} first)
 * @param unexpected rules that matched inside a negative look-ahead there, in grammar order
 * @param sourceLine the text of the line shown in the report (line breaks removed, or shown as
 *                   {@code ␍}/{@code ␊} when the position is on one)
 */
public record SyntaxError(TextPosition position, List<String> expected, List<String> unexpected,
    String sourceLine) {

  public SyntaxError {
    expected = List.copyOf(expected);
    unexpected = List.copyOf(unexpected);
  }

  static SyntaxError at(String source, int offset, List<String> expected, List<String> unexpected) {
    return new SyntaxError(TextPosition.of(source, offset), expected, unexpected,
        displayedLine(source, offset));
  }

  /** The line holding {@code offset}, as pest shows it. */
  private static String displayedLine(String source, int offset) {
    int start = source.lastIndexOf('\n', offset - 1) + 1;
    int newline = source.indexOf('\n', offset);
    String line = source.substring(start, newline < 0 ? source.length() : newline + 1);
    boolean onLineBreak = offset < source.length()
        && (source.charAt(offset) == '\n' || source.charAt(offset) == '\r');
    if (onLineBreak) {
      return line.replace("\r", "␍").replace("\n", "␊");
    }
    return line.replace("\r", "").replace("\n", "");
  }

  /**
   * The expectation line: {@code expected a}, {@code expected a or b}, {@code expected a, b, or c};
   * with negative attempts {@code unexpected x; expected y}.
   */
  public String message() {
    if (unexpected.isEmpty() && expected.isEmpty()) {
      return "unknown parsing error";
    }
    if (unexpected.isEmpty()) {
      return "expected " + enumerate(expected);
    }
    if (expected.isEmpty()) {
      return "unexpected " + enumerate(unexpected);
    }
    return "unexpected " + enumerate(unexpected) + "; expected " + enumerate(expected);
  }

  private static String enumerate(List<String> rules) {
    int n = rules.size();
    if (n == 1) {
      return rules.get(0);
    }
    if (n == 2) {
      return rules.get(0) + " or " + rules.get(1);
    }
    return String.join(", ", rules.subList(0, n - 1)) + ", or " + rules.get(n - 1);
  }

  /**
   * The multi-line report without any prefix:
   *
   * <pre>
   *  --> 1:6
   *   |
   * 1 | node { }
   *   |      ^---
   *   |
   *   = expected type_name
   * </pre>
   */
  public String report() {
    String line = Integer.toString(position.line());
    String pad = " ".repeat(line.length());
    return pad + "--> " + line + ":" + position.column() + "\n"
        + pad + " |\n"
        + line + " | " + sourceLine + "\n"
        + pad + " | " + marker() + "\n"
        + pad + " |\n"
        + pad + " = " + message();
  }

  /** {@code column - 1} fillers (a tab under a tab, else a space), then {@code ^---}. */
  private String marker() {
    StringBuilder sb = new StringBuilder();
    int fill = position.column() - 1;
    for (int i = 0, taken = 0; i < sourceLine.length() && taken < fill; taken++) {
      int cp = sourceLine.codePointAt(i);
      sb.append(cp == '\t' ? '\t' : ' ');
      i += Character.charCount(cp);
    }
    return sb.append("^---").toString();
  }
}
