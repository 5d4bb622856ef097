package dev.omnigraph.query.check;

import dev.omnigraph.QueryException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds type errors; the diagnostic code is the message's rule code ({@code T7}) or the given one. */
final class TypeErrors {
  private static final Pattern CODE = Pattern.compile("^(T\\d+):");

  private TypeErrors() {}

  /** A coded rule: the message starts with {@code Tn:}. */
  static QueryException coded(String message) {
    Matcher m = CODE.matcher(message);
    if (!m.find()) {
      throw new IllegalArgumentException("not a coded type error: " + message);
    }
    return QueryException.type(m.group(1), message);
  }

  /** An uncoded rule (U1…U6 in languages.md §4.2): no code in the message. */
  static QueryException uncoded(String rule, String message) {
    return QueryException.type(rule, message);
  }
}
