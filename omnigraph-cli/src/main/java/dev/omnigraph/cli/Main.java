package dev.omnigraph.cli;

/** Process entry point of the {@code omnigraph} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    CliEnv env = CliEnv.system();
    int code = OmnigraphCommand.run(args, env);
    env.out().flush();
    env.err().flush();
    System.exit(code);
  }
}
