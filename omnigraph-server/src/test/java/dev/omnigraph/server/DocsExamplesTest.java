package dev.omnigraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.Demo;
import dev.omnigraph.Omnigraph;
import dev.omnigraph.server.testing.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays the curl examples of {@code docs/server.md} that are marked {@code <!-- replay: open -->}
 * (against the demo graph, unauthenticated) or {@code <!-- replay: authenticated -->} (token
 * {@code token-one} for {@code act-andrew}) and compares the output. Commit ids, times and the
 * version are normalised; an id in a command is replaced by the head commit of {@code main}.
 */
class DocsExamplesTest {
  static final Path DOC = Path.of("..", "docs", "server.md");
  static final String ULID = "[0-9A-HJKMNP-TV-Z]{26}";
  @TempDir
  static Path dir;
  static Omnigraph graph;
  static TestServer open;
  static TestServer authenticated;

  @BeforeAll
  static void start() {
    graph = Demo.openOrCreate(dir.resolve("demo.omni").toString()).graph();
    open = TestServer.start(graph);
    authenticated = TestServer.start(graph, Map.of("act-andrew", "token-one"), s -> s);
  }

  @AfterAll
  static void stop() {
    open.close();
    authenticated.close();
    graph.close();
  }

  record Example(String mode, String command, String expected) {}

  @Test
  void everyMarkedExampleReplays() throws Exception {
    List<Example> examples = parse(Files.readAllLines(DOC));
    assertThat(examples).hasSizeGreaterThan(10);
    String head = graph.snapshot("main").id();
    for (Example e : examples) {
      TestServer server = e.mode().equals("authenticated") ? authenticated : open;
      HttpResponse<String> r = server.send(curl(server, e.command().replaceAll(ULID, head)));
      assertThat(normalise(r.body())).as(e.command()).isEqualTo(normalise(e.expected()));
    }
  }

  static List<Example> parse(List<String> lines) {
    List<Example> out = new ArrayList<>();
    String mode = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("<!-- replay: ")) {
        mode = line.substring("<!-- replay: ".length(), line.indexOf(" -->"));
      } else if (mode != null && line.startsWith("```console")) {
        String command = null;
        List<String> expected = new ArrayList<>();
        for (i++; !lines.get(i).startsWith("```"); i++) {
          if (lines.get(i).startsWith("$ ")) {
            if (command != null) {
              out.add(new Example(mode, command, String.join("\n", expected)));
            }
            command = lines.get(i).substring(2);
            expected.clear();
          } else {
            expected.add(lines.get(i));
          }
        }
        out.add(new Example(mode, command, String.join("\n", expected)));
        mode = null;
      }
    }
    return out;
  }

  /** The request of a {@code curl -s [-X M] [-H 'k: v'] [-d 'body'] URL} command line. */
  static HttpRequest curl(TestServer server, String command) {
    List<String> words = words(command);
    assertThat(words.get(0)).isEqualTo("curl");
    String method = null;
    String body = null;
    String url = null;
    List<String> headers = new ArrayList<>();
    for (int i = 1; i < words.size(); i++) {
      switch (words.get(i)) {
        case "-s" -> { }
        case "-X" -> method = words.get(++i);
        case "-H" -> headers.add(words.get(++i));
        case "-d" -> body = words.get(++i);
        default -> url = words.get(i);
      }
    }
    String path = url.replaceFirst("^localhost:8080", "");
    HttpRequest.Builder b = server.request(path);
    if (body != null && headers.stream().noneMatch(h -> h.toLowerCase().startsWith("content-type"))) {
      headers.add("Content-Type: application/x-www-form-urlencoded"); // what curl -d sends
    }
    for (String h : headers) {
      b.header(h.substring(0, h.indexOf(':')), h.substring(h.indexOf(':') + 1).trim());
    }
    b.method(method != null ? method : body != null ? "POST" : "GET",
        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return b.build();
  }

  /** Splits a shell command line into words, honouring single and double quotes. */
  static List<String> words(String command) {
    List<String> out = new ArrayList<>();
    StringBuilder word = null;
    char quote = 0;
    for (char c : command.toCharArray()) {
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
          out.add(word.toString());
          word = null;
        }
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
      }
    }
    if (word != null) {
      out.add(word.toString());
    }
    return out;
  }

  static String normalise(String s) {
    return s.replaceAll(ULID, "<ULID>").replaceAll("\"created_at\":\\d+", "\"created_at\":<T>")
        .replaceAll("\"version\":\"[^\"]*\"", "\"version\":\"<V>\"").strip();
  }
}
