package dev.omnigraph.cli.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An {@code auth.env_file} (cli.md §2.5): {@code NAME=VALUE} lines, {@code #} comments, an optional
 * {@code export } prefix, matching quotes removed without escape processing.
 */
public final class EnvFile {
  private EnvFile() {}

  /** The assignments of {@code file} in file order (a later one wins); a missing file is empty. */
  public static Map<String, String> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The assignments of env-file text. */
  public static Map<String, String> parse(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String raw : text.split("\r?\n", -1)) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("export ")) {
        line = line.substring("export ".length()).strip();
      }
      int eq = line.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String name = line.substring(0, eq).strip();
      if (name.isEmpty()) {
        continue;
      }
      // Only the first assignment of a name counts, as the reference stops at the first match.
      out.putIfAbsent(name, unquote(line.substring(eq + 1).strip()));
    }
    return out;
  }

  private static String unquote(String v) {
    if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"")
        || v.startsWith("'") && v.endsWith("'"))) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }
}
