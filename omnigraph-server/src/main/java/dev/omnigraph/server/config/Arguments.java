package dev.omnigraph.server.config;

import java.nio.file.Path;
import java.util.List;

/**
 * The command line of {@code omnigraph-server} (http.md §9.1):
 * {@code [URI] [--target NAME] [--config FILE] [--bind HOST:PORT] [--demo] [--version] [-h]}.
 * Flags may also be written {@code --flag=value}.
 */
public record Arguments(String uri, String target, Path config, String bind, boolean demo,
    boolean help, boolean version) {

  public static final String USAGE = String.join("\n",
      "Usage: omnigraph-server [URI] [--target NAME] [--config FILE] [--bind HOST:PORT]",
      "       omnigraph-server --demo [--bind HOST:PORT]",
      "",
      "  URI               repository: a local path, file://... or s3://bucket/prefix",
      "  --target NAME     take the URI from graphs.NAME.uri of the config file",
      "  --config FILE     config file (default ./omnigraph.yaml when it exists)",
      "  --bind HOST:PORT  listen address (default server.bind, else 127.0.0.1:8080)",
      "  --demo            serve the bundled demo graph (./demo.omni, created if absent)",
      "  --version         print the version",
      "  -h, --help        print this help");

  /** Parses {@code args}; throws {@link UsageException} for unknown flags or missing values. */
  public static Arguments parse(List<String> args) {
    String uri = null;
    String target = null;
    Path config = null;
    String bind = null;
    boolean demo = false;
    boolean help = false;
    boolean version = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      String name = arg.contains("=") && arg.startsWith("--") ? arg.substring(0, arg.indexOf('=')) : arg;
      String inline = name.equals(arg) ? null : arg.substring(arg.indexOf('=') + 1);
      switch (name) {
        case "-h", "--help" -> help = true;
        case "--version" -> version = true;
        case "--demo" -> demo = true;
        case "--target", "--config", "--bind" -> {
          String value = inline;
          if (value == null) {
            if (i + 1 >= args.size()) {
              throw new UsageException("missing value for " + name);
            }
            value = args.get(++i);
          }
          switch (name) {
            case "--target" -> target = value;
            case "--config" -> config = Path.of(value);
            default -> bind = value;
          }
        }
        default -> {
          if (arg.startsWith("-")) {
            throw new UsageException("unknown option " + arg);
          }
          if (uri != null) {
            throw new UsageException("unexpected argument " + arg);
          }
          uri = arg;
        }
      }
    }
    if (demo && (uri != null || target != null)) {
      throw new UsageException("--demo cannot be combined with a URI or --target");
    }
    return new Arguments(uri, target, config, bind, demo, help, version);
  }
}
