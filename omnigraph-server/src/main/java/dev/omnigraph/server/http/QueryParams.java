package dev.omnigraph.server.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A decoded query string (http.md §2.3): values percent-decoded with {@code +} as space, an empty
 * value kept as the empty string (so {@code ?branch=} reaches the engine's blank-name check), a
 * repeated known parameter a 400. Unknown parameters are ignored.
 */
public final class QueryParams {
  private static final String PREFIX = "Failed to deserialize query string: ";

  private final Map<String, String> values;

  private QueryParams(Map<String, String> values) {
    this.values = values;
  }

  /** Parses {@code rawQuery} (may be null), keeping only {@code known} names. */
  public static QueryParams parse(String rawQuery, Set<String> known) {
    Map<String, String> values = new HashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return new QueryParams(values);
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      if (known.contains(name) && values.put(name, value) != null) {
        throw HttpError.badRequest(PREFIX + "duplicate field `" + name + "`");
      }
    }
    return new QueryParams(values);
  }

  /** The value of {@code name}, or null when absent. */
  public String get(String name) {
    return values.get(name);
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw HttpError.badRequest(PREFIX + "invalid percent-encoding");
    }
  }
}
