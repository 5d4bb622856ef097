package dev.omnigraph.cli;

import dev.omnigraph.cli.config.CliConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The starter {@code omnigraph.yaml} written by {@code init} (cli.md §5.3). */
final class StarterConfig {
  private StarterConfig() {}

  /**
   * Writes the starter file beside the repository (in the working directory for URIs with a
   * scheme) unless one exists there. A relative local URI is written relative to the file's
   * directory, so that it resolves back to the repository.
   */
  static void writeIfAbsent(CliEnv env, String uri) {
    Path dir;
    String configUri = uri;
    if (uri.contains("://")) {
      dir = env.cwd();
    } else {
      Path repo = Path.of(uri);
      Path parent = env.cwd().resolve(repo).getParent();
      dir = parent == null ? env.cwd() : parent;
      if (!repo.isAbsolute() && repo.getFileName() != null) {
        configUri = "./" + repo.getFileName();
      }
    }
    Path file = dir.resolve(CliConfig.FILE_NAME);
    if (Files.exists(file)) {
      return;
    }
    try {
      Files.writeString(file, text(configUri), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException(IoErrors.describe(e));
    }
  }

  /** The file's text for graph URI {@code uri}. */
  static String text(String uri) {
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
