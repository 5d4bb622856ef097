package dev.omnigraph.lang;

/**
 * A position in source text as pest reports it.
 *
 * @param offset UTF-16 index into the source
 * @param line   1-based line; {@code \n} and {@code \r\n} end a line, a lone {@code \r} does not
 * @param column 1-based column counted in Unicode code points (a tab is one column)
 */
public record TextPosition(int offset, int line, int column) {

  /** The line and column of {@code offset} in {@code source}. */
  public static TextPosition of(String source, int offset) {
    int line = 1;
    int column = 1;
    int i = 0;
    while (i < offset) {
      char c = source.charAt(i);
      if (c == '\n') {
        line++;
        column = 1;
        i++;
      } else if (c == '\r' && i + 1 < offset && source.charAt(i + 1) == '\n') {
        line++;
        column = 1;
        i += 2;
      } else {
        column++;
        i += Character.charCount(source.codePointAt(i));
      }
    }
    return new TextPosition(offset, line, column);
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
