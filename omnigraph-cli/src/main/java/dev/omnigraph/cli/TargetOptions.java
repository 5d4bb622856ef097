package dev.omnigraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --target NAME} and {@code --config FILE}, accepted by every command with a target. */
final class TargetOptions {
  @Option(names = "--target", paramLabel = "NAME",
      description = "Graph name from the config file (graphs.NAME.uri).")
  String target;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Config file (default: ./omnigraph.yaml when present).")
  Path config;
}
