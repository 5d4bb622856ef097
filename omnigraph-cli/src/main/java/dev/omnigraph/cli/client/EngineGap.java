package dev.omnigraph.cli.client;

import dev.omnigraph.cli.CliException;

/**
 * The failure of a command whose engine operation this build of omnigraph-core does not offer
 * yet; everything before it (arguments, config, target, query file, parameters) has been checked.
 */
final class EngineGap {
  private EngineGap() {}

  static CliException missing(String operation) {
    return new CliException(operation + " is not available in this build of omnigraph");
  }
}
