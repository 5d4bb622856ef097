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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays every {@code console} block of a page of docs/ (cli.md, history.md), in order, in one
 * directory per page holding the fixtures {@code test.pg}, {@code test.jsonl} and {@code test.gq}.
 * Expected output may use {@code …} for any text within a line, or alone on a line for any number
 * of lines. Paths under the example directory are compared relative to it.
 *
 * <p>Commit ids (ULIDs) and {@code created_at} times may be shown as a real run printed them: a
 * ULID in the expected output stands for the id printed there in this run, bound on its first
 * appearance in the page, so the same ULID later (in output, or in a command) must be the same
 * commit and two different ULIDs different commits; a {@code created_at} value is any number.
 *
 * <p>Besides {@code omnigraph}, steps may be {@code mkdir DIR}, {@code cd DIR}, a here-document
 * {@code cat > FILE <<'EOF'} (the lines up to {@code EOF} are the file), and a capture
 * {@code NAME=$(omnigraph … | head -n N | tail -n N | cut -d ' ' -f N)} whose value later steps
 * use as {@code $NAME}.
 */
class CliDocTest {
  @TempDir
  Path dir;

  @ParameterizedTest(name = "docs/{0}")
  @ValueSource(strings = {"cli.md", "history.md"})
  void everyConsoleExampleRunsAsShown(String page) throws IOException {
    for (String f : new String[] {"test.pg", "test.jsonl", "test.gq"}) {
      Files.copy(Cli.fixture(f), dir.resolve(f));
    }
    List<Step> steps = steps(Files.readString(docs(page)));
    assertThat(steps).hasSizeGreaterThan(5);
    Path cwd = dir;
    Map<String, String> variables = new HashMap<>();
    Map<String, String> ids = new HashMap<>();
    for (Step step : steps) {
      String command = substituteIds(substitute(step.command(), variables), ids);
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
          List<String> fresh = new ArrayList<>();
          Pattern expected = pattern(step.expected(), ids, fresh);
          assertThat(shown).as("$ " + step.command()).matches(expected);
          bind(expected.matcher(shown), fresh, ids, step);
          assertThat(r.code()).as("exit code of $ " + step.command())
              .isEqualTo(step.expected().stream().anyMatch(l -> l.startsWith("error: ")) ? 1 : 0);
        }
        default -> throw new AssertionError("unsupported command in docs/" + page + ": "
            + step.command());
      }
    }
  }

  static final Pattern CAPTURE = Pattern.compile("([A-Za-z_]\\w*)=\\$\\((.*)\\)");
  static final String ULID = "[0-9A-HJKMNP-TV-Z]{26}";
  /** A commit id, or the number of a {@code created_at} (human or JSON output). */
  static final Pattern RUN_VALUE =
      Pattern.compile("\\b" + ULID + "\\b|(?<=created_at\"?: )\\d+");
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

  /**
   * The expected lines as a pattern. A ULID already bound in {@code ids} must be its id; one seen
   * for the first time becomes a group (added to {@code fresh}, group {@code idN} for index N) that
   * its later appearances in these lines refer back to.
   */
  static Pattern pattern(List<String> expected, Map<String, String> ids, List<String> fresh) {
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
        regex.append(literal(parts[i], ids, fresh));
      }
      regex.append("\\n");
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  private static String literal(String text, Map<String, String> ids, List<String> fresh) {
    StringBuilder regex = new StringBuilder();
    Matcher m = RUN_VALUE.matcher(text);
    int last = 0;
    while (m.find()) {
      regex.append(Pattern.quote(text.substring(last, m.start())));
      String value = m.group();
      if (!value.matches(ULID)) {
        regex.append("\\d+");
      } else if (ids.containsKey(value)) {
        regex.append(Pattern.quote(ids.get(value)));
      } else if (fresh.contains(value)) {
        regex.append("\\k<id").append(fresh.indexOf(value)).append('>');
      } else {
        fresh.add(value);
        regex.append("(?<id").append(fresh.size() - 1).append('>').append(ULID).append(')');
      }
      last = m.end();
    }
    return regex.append(Pattern.quote(text.substring(last))).toString();
  }

  /** Binds the ULIDs first seen in a step to the ids this run printed in their place. */
  static void bind(Matcher m, List<String> fresh, Map<String, String> ids, Step step) {
    assertThat(m.matches()).isTrue();
    for (int i = 0; i < fresh.size(); i++) {
      String actual = m.group("id" + i);
      assertThat(ids.values()).as("$ %s: %s and another id of the page are one commit",
          step.command(), fresh.get(i)).doesNotContain(actual);
      ids.put(fresh.get(i), actual);
    }
  }

  /** A ULID of the page already bound, in a command, replaced by the id it stands for. */
  static String substituteIds(String command, Map<String, String> ids) {
    return Pattern.compile("\\b" + ULID + "\\b").matcher(command).replaceAll(m ->
        Matcher.quoteReplacement(ids.getOrDefault(m.group(), m.group())));
  }

  static Path docs(String page) {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path candidate = d.resolve("docs").resolve(page);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("docs/" + page + " not found");
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
