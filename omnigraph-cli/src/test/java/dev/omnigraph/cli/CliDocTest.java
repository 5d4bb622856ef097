package dev.omnigraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays every {@code console} block of docs/cli.md, in order, in one directory holding the
 * fixtures {@code test.pg}, {@code test.jsonl} and {@code test.gq}. Expected output may use
 * {@code …} for any text within a line, or alone on a line for any number of lines. Paths under
 * the example directory are compared relative to it.
 */
class CliDocTest {
  @TempDir
  Path dir;

  @Test
  void everyConsoleExampleRunsAsShown() throws IOException {
    for (String f : new String[] {"test.pg", "test.jsonl", "test.gq"}) {
      Files.copy(Cli.fixture(f), dir.resolve(f));
    }
    List<Step> steps = steps(Files.readString(docs()));
    assertThat(steps).hasSizeGreaterThan(10);
    Path cwd = dir;
    for (Step step : steps) {
      List<String> words = Shell.words(step.command());
      switch (words.get(0)) {
        case "mkdir" -> Files.createDirectories(cwd.resolve(words.get(1)));
        case "cd" -> cwd = cwd.resolve(words.get(1));
        case "omnigraph" -> {
          Cli.Result r = new Cli(cwd).run(words.subList(1, words.size()).toArray(String[]::new));
          String shown = (r.out() + r.err()).replace(dir + "/", "").replace(dir.toString(), ".");
          assertThat(shown).as("$ " + step.command()).matches(pattern(step.expected()));
          assertThat(r.code()).as("exit code of $ " + step.command())
              .isEqualTo(step.expected().stream().anyMatch(l -> l.startsWith("error: ")) ? 1 : 0);
        }
        default -> throw new AssertionError("unsupported command in docs/cli.md: " + step.command());
      }
    }
  }

  /** A command and the lines it is documented to print. */
  record Step(String command, List<String> expected) {}

  static List<Step> steps(String markdown) {
    List<Step> steps = new ArrayList<>();
    boolean inConsole = false;
    for (String line : markdown.split("\n", -1)) {
      if (line.startsWith("```")) {
        inConsole = !inConsole && line.equals("```console");
      } else if (inConsole && line.startsWith("$ ")) {
        steps.add(new Step(line.substring(2), new ArrayList<>()));
      } else if (inConsole) {
        steps.get(steps.size() - 1).expected().add(line);
      }
    }
    return steps;
  }

  static Pattern pattern(List<String> expected) {
    StringBuilder regex = new StringBuilder();
    for (String line : expected) {
      if (line.equals("…")) {
        regex.append("(?:[^\\n]*\\n)*?");
        continue;
      }
      String[] parts = line.split("…", -1);
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          regex.append("[^\\n]*?");
        }
        regex.append(Pattern.quote(parts[i]));
      }
      regex.append("\\n");
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  static Path docs() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path candidate = d.resolve("docs").resolve("cli.md");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("docs/cli.md not found");
  }

  /** Splits a command line into words: spaces separate, single and double quotes group. */
  static final class Shell {
    private Shell() {}

    static List<String> words(String line) {
      List<String> words = new ArrayList<>();
      StringBuilder word = null;
      char quote = 0;
      for (char c : line.toCharArray()) {
        if (quote != 0) {
          if (c == quote) {
            quote = 0;
          } else {
            word.append(c);
          }
        } else if (c == '\'' || c == '"') {
          quote = c;
          word = word == null ? new StringBuilder() : word;
        } else if (c == ' ') {
          if (word != null) {
            words.add(word.toString());
            word = null;
          }
        } else {
          word = word == null ? new StringBuilder() : word;
          word.append(c);
        }
      }
      if (word != null) {
        words.add(word.toString());
      }
      return words;
    }
  }
}
