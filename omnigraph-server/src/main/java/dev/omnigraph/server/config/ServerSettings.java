package dev.omnigraph.server.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Everything the server needs to start, resolved from the command line, {@code omnigraph.yaml} and
 * the environment (http.md §9).
 *
 * @param uri            the repository URI exactly as it will be opened (and reported)
 * @param demo           serve the bundled demo graph at {@code uri}, creating it when absent
 * @param host           listen host
 * @param port           listen port (0 = an ephemeral port)
 * @param bodyLimitBytes the request body limit
 * @param writeQueue     queue writes per branch inside this process (DECISIONS 25)
 * @param shutdownGrace  how long in-flight requests may run after a shutdown signal
 */
public record ServerSettings(String uri, boolean demo, String host, int port, long bodyLimitBytes,
    boolean writeQueue, Duration shutdownGrace) {

  public static final String DEFAULT_BIND = "127.0.0.1:8080";
  public static final long DEFAULT_BODY_LIMIT = 1_048_576;
  public static final Duration DEFAULT_GRACE = Duration.ofSeconds(30);
  public static final String DEMO_URI = "demo.omni";
  static final String BODY_LIMIT_ENV = "OMNIGRAPH_SERVER_BODY_LIMIT_BYTES";

  /** Settings for an already-known repository with every default (tests, embedding). */
  public static ServerSettings defaults(String uri) {
    return new ServerSettings(uri, false, "127.0.0.1", 0, DEFAULT_BODY_LIMIT, true, DEFAULT_GRACE);
  }

  public ServerSettings withBodyLimit(long bytes) {
    return new ServerSettings(uri, demo, host, port, bytes, writeQueue, shutdownGrace);
  }

  public ServerSettings withShutdownGrace(Duration grace) {
    return new ServerSettings(uri, demo, host, port, bodyLimitBytes, writeQueue, grace);
  }

  /**
   * Resolves the settings of a start (http.md §9.1): the config file is {@code --config} or
   * {@code ./omnigraph.yaml} when present; the URI comes from the positional argument, else
   * {@code --target}, else {@code server.graph}.
   */
  public static ServerSettings resolve(Arguments args, Map<String, String> env, Path workingDir) {
    ConfigFile config = args.config() != null ? ConfigFile.load(workingDir.resolve(args.config()))
        : Files.isRegularFile(workingDir.resolve("omnigraph.yaml"))
            ? ConfigFile.load(workingDir.resolve("omnigraph.yaml")) : ConfigFile.empty();
    if (config.policyFile() != null) {
      // Serving without the restrictions an operator configured would silently widen access.
      throw new StartupException("policy.file is set but this server does not enforce"
          + " authorization policies yet; remove policy.file to serve without a policy");
    }
    String uri = args.demo() ? DEMO_URI : resolveUri(args, config);
    String bind = args.bind() != null ? args.bind()
        : config.serverBind() != null ? config.serverBind() : DEFAULT_BIND;
    int colon = bind.lastIndexOf(':');
    String host = colon > 0 ? bind.substring(0, colon) : "";
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port = colon > 0 ? parsePort(bind.substring(colon + 1)) : -1;
    if (host.isEmpty() || port < 0) {
      throw new StartupException("invalid bind address '" + bind + "': expected HOST:PORT");
    }
    long bodyLimit = envLong(env, BODY_LIMIT_ENV) != null ? envLong(env, BODY_LIMIT_ENV)
        : config.bodyLimitBytes() != null ? config.bodyLimitBytes() : DEFAULT_BODY_LIMIT;
    boolean writeQueue = config.writeQueue() == null || config.writeQueue();
    Duration grace = config.shutdownGraceSeconds() == null ? DEFAULT_GRACE
        : Duration.ofSeconds(config.shutdownGraceSeconds());
    return new ServerSettings(uri, args.demo(), host, port, bodyLimit, writeQueue, grace);
  }

  private static String resolveUri(Arguments args, ConfigFile config) {
    if (args.uri() != null) {
      return args.uri();
    }
    String name = args.target() != null ? args.target() : config.serverGraph();
    if (name == null) {
      throw new StartupException("URI must be provided via <URI>, --target, or config");
    }
    String uri = config.graphUri(name);
    if (uri == null) {
      throw new StartupException("graph '" + name + "' not found in omnigraph.yaml");
    }
    // A relative local path in the config file means "relative to the file", not to the cwd.
    return uri.contains("://") || Path.of(uri).isAbsolute() ? uri
        : config.directory().resolve(uri).normalize().toString();
  }

  private static int parsePort(String text) {
    try {
      int port = Integer.parseInt(text);
      return port >= 0 && port <= 65535 ? port : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static Long envLong(Map<String, String> env, String name) {
    String v = env.get(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      long n = Long.parseLong(v.trim());
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new StartupException(name + " must be a positive integer");
  }
}
