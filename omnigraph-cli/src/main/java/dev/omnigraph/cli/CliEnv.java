package dev.omnigraph.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * What one CLI invocation sees of its process: the output streams, the working directory, the
 * environment and whether stderr is a terminal. Tests pass their own to run commands in-process.
 *
 * @param out              stdout: results
 * @param err              stderr: errors, warnings, progress bars
 * @param cwd              the working directory; the empty path means the process's own, so that
 *                         relative paths reach the engine exactly as the user typed them
 * @param env              the process environment
 * @param stderrIsTerminal whether progress bars may be drawn on {@code err}
 */
public record CliEnv(PrintStream out, PrintStream err, Path cwd, Map<String, String> env,
    boolean stderrIsTerminal) {

  public CliEnv {
    env = Map.copyOf(env);
  }

  /** The real process: UTF-8 streams on file descriptors 1 and 2, the process environment. */
  public static CliEnv system() {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false,
        StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true,
        StandardCharsets.UTF_8);
    return new CliEnv(out, err, Path.of(""), System.getenv(), Terminals.isTerminal(2));
  }

  /** A path given on the command line, relative to the working directory. */
  public Path path(String path) {
    return cwd.resolve(path);
  }

  /**
   * A repository URI given on the command line: local paths are taken relative to the working
   * directory, URIs with a scheme ({@code s3://}, {@code file://}, {@code http://}) as they are.
   */
  public String uri(String uri) {
    return uri.contains("://") ? uri : cwd.resolve(uri).toString();
  }
}
