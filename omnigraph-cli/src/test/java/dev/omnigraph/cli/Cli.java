package dev.omnigraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the CLI in-process with a working directory and environment of the test's choosing. */
final class Cli {
  private final Path cwd;
  private final Map<String, String> env = new HashMap<>();
  private boolean terminal;

  Cli(Path cwd) {
    this.cwd = cwd;
  }

  /** What one run printed and returned. */
  record Result(int code, String out, String err) {}

  Cli env(String name, String value) {
    env.put(name, value);
    return this;
  }

  /** Runs as if stderr were a terminal (progress bars are drawn). */
  Cli terminal() {
    terminal = true;
    return this;
  }

  Path cwd() {
    return cwd;
  }

  Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = OmnigraphCommand.run(args, new CliEnv(
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), cwd, env, terminal));
    return new Result(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  /** Runs and requires exit 0 and an empty stderr; returns stdout. */
  String ok(String... args) {
    Result r = run(args);
    if (r.code() != 0 || !r.err().isEmpty()) {
      throw new AssertionError("omnigraph " + String.join(" ", args) + " exited " + r.code()
          + "\nstdout:\n" + r.out() + "\nstderr:\n" + r.err());
    }
    return r.out();
  }

  /** Runs and requires exit 1 and an empty stdout; returns stderr. */
  String fails(String... args) {
    Result r = run(args);
    if (r.code() != 1) {
      throw new AssertionError("omnigraph " + String.join(" ", args) + " exited " + r.code()
          + " (expected 1)\nstdout:\n" + r.out() + "\nstderr:\n" + r.err());
    }
    return r.err();
  }

  /** Writes a file under the working directory (parents created) and returns its path. */
  Path write(String relative, String text) {
    try {
      Path p = cwd.resolve(relative);
      Files.createDirectories(p.toAbsolutePath().getParent());
      Files.writeString(p, text, StandardCharsets.UTF_8);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies shared fixtures into the working directory under their own names. */
  Cli copyFixtures(String... names) {
    try {
      Files.createDirectories(cwd);
      for (String name : names) {
        Files.copy(fixture(name), cwd.resolve(name));
      }
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shared fixtures directory ({@code shared/fixtures} beside an ancestor directory). */
  static Path fixture(String name) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("fixtures").resolve(name);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("shared/fixtures/" + name + " not found above "
        + Path.of("").toAbsolutePath());
  }
}
