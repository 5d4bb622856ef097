package dev.omnigraph.cli;

import dev.omnigraph.Omnigraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code omnigraph init --schema FILE URI} (cli.md §3.2). */
@Command(name = "init", description = "Create a repository from a schema and scaffold omnigraph.yaml.")
final class InitCommand extends BaseCommand {
  @Option(names = "--schema", required = true, paramLabel = "FILE", description = "Schema (.pg) file.")
  String schema;

  @Parameters(index = "0", paramLabel = "URI",
      description = "Local path (created with parents if missing) or s3://bucket/prefix.")
  String uri;

  @Override
  public Integer call() {
    CliEnv env = env();
    String source = IoErrors.readText(env.path(schema));
    Omnigraph.init(env.uri(uri), source).close();
    StarterConfig.writeIfAbsent(env, uri);
    env.out().println("initialized " + uri);
    return 0;
  }
}
