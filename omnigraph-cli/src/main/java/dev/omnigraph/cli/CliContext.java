package dev.omnigraph.cli;

import dev.omnigraph.cli.client.GraphClient;
import dev.omnigraph.cli.config.CliConfig;
import dev.omnigraph.cli.config.EnvFile;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One command's resolved surroundings: the config file (cli.md §2.1), the environment with
 * {@code auth.env_file} merged in, repository target and branch defaults (§2.2, §2.3).
 */
final class CliContext {
  private final CliEnv env;
  private final CliConfig config;
  private final String target;
  private final Map<String, String> environment;

  private CliContext(CliEnv env, CliConfig config, String target, Map<String, String> environment) {
    this.env = env;
    this.config = config;
    this.target = target;
    this.environment = environment;
  }

  /** Loads the config named by {@code options} (or discovered) and the env file it names. */
  static CliContext load(CliEnv env, TargetOptions options) {
    CliConfig config = CliConfig.load(env.cwd(), options.config);
    Map<String, String> environment = new HashMap<>(env.env());
    Path envFile = config.resolvedAuthEnvFile();
    if (envFile != null) {
      // Variables already set in the process win over the file (cli.md §2.1).
      EnvFile.read(envFile).forEach(environment::putIfAbsent);
    }
    return new CliContext(env, config, options.target, Map.copyOf(environment));
  }

  CliConfig config() {
    return config;
  }

  /** The process environment plus {@code auth.env_file}. */
  Map<String, String> environment() {
    return environment;
  }

  PrintStream out() {
    return env.out();
  }

  PrintStream err() {
    return env.err();
  }

  CliEnv env() {
    return env;
  }

  /** {@code --target}, or null. */
  String targetName() {
    return target;
  }

  /** The repository URI: {@code explicitUri}, {@code --target}, or {@code cli.graph}. */
  String uri(String explicitUri) {
    return uri(explicitUri, target);
  }

  /** The repository URI with {@code targetName} in place of {@code --target}. */
  String uri(String explicitUri, String targetName) {
    return config.resolveUri(explicitUri, targetName);
  }

  /**
   * The repository URI of a command that only works on local (or S3) repositories.
   *
   * @throws CliException {@code {operation} is only supported against local repo URIs in this milestone}
   */
  String localUri(String explicitUri, String operation) {
    String uri = uri(explicitUri);
    if (GraphClient.isRemote(uri)) {
      throw new CliException(operation
          + " is only supported against local repo URIs in this milestone");
    }
    return uri;
  }

  /** The branch (cli.md §2.3): the flag, else {@code cli.branch}, else {@code main}. */
  String branch(String flag) {
    return branch(flag, null);
  }

  /** The branch: the flag, else the alias's branch, else {@code cli.branch}, else {@code main}. */
  String branch(String flag, String aliasBranch) {
    if (flag != null) {
      return flag;
    }
    if (aliasBranch != null) {
      return aliasBranch;
    }
    return config.defaultBranch() != null ? config.defaultBranch() : "main";
  }

  /** Connects to the repository at {@code uri} (as printed; the working directory applies). */
  GraphClient connect(String uri) {
    return GraphClient.connect(uri, env.uri(uri));
  }
}
