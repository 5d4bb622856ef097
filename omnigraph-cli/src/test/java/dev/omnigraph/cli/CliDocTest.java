package dev.omnigraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays every {@code console} block of docs/cli.md, in order, in one directory holding the
 * fixtures {@code test.pg}, {@code test.jsonl} and {@code test.gq}. Expected output may use
 * {@code …} for any text within a line, or alone on a line for any number of lines. Paths under
 * the example directory are compared relative to it.
 *
 * <p>Besides {@code omnigraph}, steps may be {@code mkdir DIR}, {@code cd DIR}, a here-document
 * {@code cat > FILE <<'EOF'} (the lines up to {@code EOF} are the file), and a capture
 * {@code NAME=$(omnigraph … | head -n N | tail -n N | cut -d ' ' -f N)} whose value later steps
 * use as {@code $NAME}.
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
    Map<String, String> variables = new HashMap<>();
    for (Step step : steps) {
      String command = substitute(step.command(), variables);
      Matcher capture = CAPTURE.matcher(command);
      if (capture.matches()) {
        assertThat(step.expected()).as("$ " + step.command()).isEmpty();
        variables.put(capture.group(1), capture(cwd, capture.group(2)));
        continue;
      }
      List<String> words = Shell.words(command);
      switch (words.get(0)) {
        case "mkdir" -> Files.createDirectories(cwd.resolve(words.get(1)));
        case "cd" -> cwd = cwd.resolve(words.get(1));
        case "cat" -> hereDocument(cwd, words, step);
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

  static final Pattern CAPTURE = Pattern.compile("([A-Za-z_]\\w*)=\\$\\((.*)\\)");
  static final Pattern VARIABLE = Pattern.compile("\\$([A-Za-z_]\\w*)");

  /** {@code $NAME} replaced by the value of each captured variable. */
  static String substitute(String command, Map<String, String> variables) {
    return VARIABLE.matcher(command).replaceAll(m -> Matcher.quoteReplacement(
        variables.getOrDefault(m.group(1), m.group())));
  }

  /** Runs {@code omnigraph …} and the filters piped after it; the output without its last newline. */
  static String capture(Path cwd, String pipeline) {
    String[] stages = pipeline.split(" \\| ");
    List<String> words = Shell.words(stages[0]);
    assertThat(words.get(0)).as(pipeline).isEqualTo("omnigraph");
    List<String> lines = new Cli(cwd).ok(words.subList(1, words.size()).toArray(String[]::new))
        .lines().toList();
    for (int i = 1; i < stages.length; i++) {
      List<String> filter = Shell.words(stages[i]);
      lines = switch (String.join(" ", filter.subList(0, filter.size() - 1))) {
        case "head -n" -> lines.subList(0, Integer.parseInt(filter.get(2)));
        case "tail -n" -> lines.subList(lines.size() - Integer.parseInt(filter.get(2)),
            lines.size());
        case "cut -d   -f" -> lines.stream()
            .map(l -> l.split(" ", -1)[Integer.parseInt(filter.get(4)) - 1]).toList();
        default -> throw new AssertionError("unsupported filter in docs/cli.md: " + stages[i]);
      };
    }
    return String.join("\n", lines);
  }

  /** {@code cat > FILE <<'EOF'}: the step's lines up to {@code EOF} become the file. */
  static void hereDocument(Path cwd, List<String> words, Step step) throws IOException {
    assertThat(words).as("$ " + step.command()).hasSize(4);
    assertThat(words.get(1)).isEqualTo(">");
    String end = words.get(3).substring(2);
    int last = step.expected().indexOf(end);
    assertThat(last).as("end of the here-document of $ " + step.command()).isNotNegative();
    assertThat(step.expected().subList(last + 1, step.expected().size())).allMatch(String::isEmpty);
    StringBuilder text = new StringBuilder();
    step.expected().subList(0, last).forEach(l -> text.append(l).append('\n'));
    Files.writeString(cwd.resolve(words.get(2)), text.toString());
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
