package dev.omnigraph.cli.config;

import dev.omnigraph.cli.CliException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The CLI's view of {@code omnigraph.yaml} (cli.md §5) plus the base directory that relative paths
 * in it (and relative {@code --query} paths) are resolved against.
 *
 * @param file        the config file used, or null when none
 * @param baseDir     absolute: the file's directory, or the working directory without a file
 * @param projectName {@code project.name}, or null
 * @param graphs      {@code graphs:} by name
 * @param cli         the {@code cli:} section
 * @param queryRoots  {@code query.roots}
 * @param authEnvFile {@code auth.env_file} as written, or null
 * @param aliases     {@code aliases:} by name
 * @param policyFile  {@code policy.file} as written, or null
 */
public record CliConfig(Path file, Path baseDir, String projectName, Map<String, GraphConfig> graphs,
    CliSettings cli, List<String> queryRoots, String authEnvFile,
    Map<String, AliasConfig> aliases, String policyFile) {

  /** The name of the config file looked for in the working directory. */
  public static final String FILE_NAME = "omnigraph.yaml";

  public CliConfig {
    graphs = Map.copyOf(graphs);
    queryRoots = List.copyOf(queryRoots);
    aliases = Map.copyOf(aliases);
  }

  /**
   * Loads {@code explicit} (resolved against {@code cwd}) or else {@code cwd/omnigraph.yaml} when
   * it exists, or else an empty configuration (cli.md §2.1).
   *
   * @throws CliException when the file is missing, unreadable or of the wrong shape
   */
  public static CliConfig load(Path cwd, Path explicit) {
    Path file = explicit != null ? cwd.resolve(explicit) : cwd.resolve(FILE_NAME);
    if (explicit == null && !Files.isRegularFile(file)) {
      return empty(cwd.toAbsolutePath());
    }
    Path abs = file.toAbsolutePath();
    return ConfigParser.parse(file, abs.getParent());
  }

  /** No config file: defaults everywhere, base directory {@code baseDir}. */
  public static CliConfig empty(Path baseDir) {
    return new CliConfig(null, baseDir, null, Map.of(), CliSettings.NONE, List.of(), null,
        Map.of(), null);
  }

  /** {@code cli.graph}, or null. */
  public String defaultGraph() {
    return cli.graph();
  }

  /** {@code cli.branch}, or null. */
  public String defaultBranch() {
    return cli.branch();
  }

  /** The read output format without flags or alias: {@code cli.output_format}, else table. */
  public OutputFormat outputFormat() {
    return cli.outputFormat() == null ? OutputFormat.TABLE : cli.outputFormat();
  }

  /** {@code cli.table_max_column_width}, default 80. */
  public int tableMaxColumnWidth() {
    return cli.tableMaxColumnWidth() == null ? 80 : cli.tableMaxColumnWidth();
  }

  /** {@code cli.table_cell_layout}, default truncate. */
  public CellLayout cellLayout() {
    return cli.cellLayout() == null ? CellLayout.TRUNCATE : cli.cellLayout();
  }

  /**
   * The repository URI (cli.md §2.2): {@code explicitUri} verbatim, else the URI of graph
   * {@code targetName}, else of {@code cli.graph}; config URIs that are relative local paths are
   * joined to the base directory.
   *
   * @throws CliException when nothing names a repository or the graph is not configured
   */
  public String resolveUri(String explicitUri, String targetName) {
    if (explicitUri != null) {
      return explicitUri;
    }
    String name = targetName != null ? targetName : cli.graph();
    if (name == null) {
      throw new CliException("URI must be provided via <URI>, --target, or config");
    }
    GraphConfig graph = graphs.get(name);
    if (graph == null) {
      throw new CliException("graph '" + name + "' not found in " + FILE_NAME);
    }
    String uri = graph.uri();
    if (uri.contains("://") || Path.of(uri).isAbsolute()) {
      return uri;
    }
    return baseDir.resolve(uri).toString();
  }

  /** Whether {@link #resolveUri} can find a repository without an explicit URI. */
  public boolean hasTarget(String targetName) {
    return targetName != null || cli.graph() != null;
  }

  /**
   * A query file (cli.md §5.4): an absolute path as is, else the first existing of
   * {@code base/path} and {@code base/root/path} for each of {@code query.roots}.
   *
   * @throws CliException {@code query file '{path}' not found}
   */
  public Path resolveQuery(String path) {
    Path p = Path.of(path);
    if (p.isAbsolute()) {
      return p;
    }
    Path direct = baseDir.resolve(p);
    if (Files.exists(direct)) {
      return direct;
    }
    for (String root : queryRoots) {
      Path candidate = baseDir.resolve(root).resolve(p);
      if (Files.exists(candidate)) {
        return candidate;
      }
    }
    throw new CliException("query file '" + path + "' not found");
  }

  /** {@code auth.env_file} resolved against the base directory, or null. */
  public Path resolvedAuthEnvFile() {
    return authEnvFile == null ? null : baseDir.resolve(authEnvFile);
  }

  /**
   * The alias {@code name}, which must belong to {@code command}.
   *
   * @throws CliException when it is missing or belongs to the other command
   */
  public AliasConfig alias(String name, AliasConfig.Command command) {
    AliasConfig alias = aliases.get(name);
    if (alias == null) {
      throw new CliException("alias '" + name + "' not found");
    }
    if (alias.command() != command) {
      throw new CliException("alias '" + name + "' is a " + alias.command().display()
          + " alias, not a " + command.display() + " alias");
    }
    return alias;
  }
}
