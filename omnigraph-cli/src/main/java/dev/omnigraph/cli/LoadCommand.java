package dev.omnigraph.cli;

import dev.omnigraph.cli.client.GraphClient;
import dev.omnigraph.cli.json.Json;
import dev.omnigraph.cli.output.LoadOutput;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code omnigraph load [URI] --data FILE [--branch B] [--mode M] [--json]} (cli.md §3.3). */
@Command(name = "load", description = "Bulk-load a JSONL file into a branch as one commit.")
final class LoadCommand extends TargetCommand {
  /** The load modes of semantics.md §12.6, as typed on the command line. */
  enum Mode { overwrite, append, merge }

  @Parameters(index = "0", arity = "0..1", paramLabel = "URI", description = "Repository.")
  String uri;

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "JSONL file.")
  String data;

  @Option(names = "--branch", paramLabel = "B",
      description = "Existing branch to load into (default: cli.branch, else main).")
  String branch;

  @Option(names = "--mode", paramLabel = "M", defaultValue = "overwrite",
      description = "overwrite (default), append (new ids only) or merge (upsert by id).")
  Mode mode;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    CliContext ctx = context();
    String target = ctx.localUri(uri, "load");
    String b = ctx.branch(branch);
    Path file = ctx.env().path(data);
    if (Files.isDirectory(file)) {
      throw new CliException(file + ": Is a directory");
    }
    LoadOutput result;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        GraphClient graph = ctx.connect(target);
        LoadProgress progress = LoadProgress.start(ctx.env(), json)) {
      ProgressReader input = progress.track(in);
      try {
        result = graph.load(b, input, mode.name());
      } catch (RuntimeException e) {
        if (input.failure() != null) {
          // The file could not be read: say so, not what the engine made of it.
          throw new CliException(describe(file, input.failure()));
        }
        throw e;
      }
    } catch (IOException e) {
      throw new CliException(IoErrors.describe(e));
    }
    ctx.out().println(json ? Json.pretty(result.toJson()) : result.human());
    return 0;
  }

  private static String describe(Path file, IOException e) {
    if (e instanceof java.nio.charset.CharacterCodingException) {
      long line;
      try {
        line = IoErrors.firstInvalidUtf8Line(file);
      } catch (IOException again) {
        line = -1;
      }
      return file + ": invalid UTF-8" + (line > 0 ? " on line " + line : "");
    }
    String detail = IoErrors.describe(e);
    return detail.startsWith(file.toString()) ? detail : file + ": " + detail;
  }
}
