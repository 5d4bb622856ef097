package dev.omnigraph.cli;

import dev.omnigraph.Omnigraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code omnigraph init --schema FILE URI} (cli.md §3.2). */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = "Create a repository from a schema and scaffold omnigraph.yaml.")
final class InitCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--schema", required = true, paramLabel = "FILE", description = "Schema (.pg) file.")
  Path schema;

  @Parameters(index = "0", paramLabel = "URI", description = "Local path (created if missing).")
  String uri;

  @Override
  public void run() {
    String source = Files.readText(schema);
    try (Omnigraph g = Omnigraph.init(uri, source)) {
      g.snapshot("main");
    }
    StarterConfig.writeIfAbsent(uri);
    spec.commandLine().getOut().println("initialized " + uri);
  }

  /** The starter {@code omnigraph.yaml} (cli.md §5.3). */
  static final class StarterConfig {
    private StarterConfig() {}

    static void writeIfAbsent(String uri) {
      Path dir;
      String configUri = uri;
      if (uri.contains("://") && !uri.startsWith("file://")) {
        dir = Path.of("").toAbsolutePath();
      } else {
        Path repo = Path.of(uri.startsWith("file://") ? uri.substring(7) : uri);
        Path parent = repo.toAbsolutePath().normalize().getParent();
        dir = parent == null ? Path.of("/") : parent;
        if (!repo.isAbsolute() && !uri.startsWith("file://")) {
          configUri = "./" + repo.getFileName();
        }
      }
      Path file = dir.resolve("omnigraph.yaml");
      if (java.nio.file.Files.exists(file)) {
        return;
      }
      try {
        java.nio.file.Files.writeString(file, template(configUri), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    static String template(String uri) {
      return """
          project:
            name: Omnigraph Project

          graphs:
            local:
              uri: '%s'
              # bearer_token_env: OMNIGRAPH_BEARER_TOKEN

          server:
            graph: local
            bind: 127.0.0.1:8080

          cli:
            graph: local
            branch: main
            output_format: table
            table_max_column_width: 80
            table_cell_layout: truncate

          query:
            roots:
              - queries
              - .

          aliases:
            # owner:
            #   command: read
            #   query: context.gq
            #   name: decision_owner
            #   args: [slug]
            #   graph: local
            #   branch: main
            #   format: kv
            #
            # attach_trace:
            #   command: change
            #   query: mutations.gq
            #   name: attach_trace
            #   args: [decision_slug, trace_slug]
            #   graph: local
            #   branch: main

          # auth:
          #   env_file: ./.env.omni
          #
          # policy:
          #   file: ./policy.yaml
          """.formatted(uri.replace("'", "''"));
    }
  }
}
