package dev.omnigraph.cli.config;

import java.util.List;

/**
 * One entry of {@code aliases:} (cli.md §6): a named {@code read} or {@code change} with defaults.
 *
 * @param command the subcommand it belongs to
 * @param query   the query file (resolved like {@code --query})
 * @param name    the query name, or null
 * @param args    the parameter names positional arguments map to, in order
 * @param graph   the graph name, or null
 * @param branch  the branch, or null
 * @param format  the read output format, or null
 */
public record AliasConfig(Command command, String query, String name, List<String> args,
    String graph, String branch, OutputFormat format) {

  public AliasConfig {
    args = List.copyOf(args);
  }

  /** The subcommand an alias runs; its display name appears in error messages. */
  public enum Command {
    READ("Read"), CHANGE("Change");

    private final String display;

    Command(String display) {
      this.display = display;
    }

    /** {@code Read} or {@code Change}, as in {@code alias 'x' is a Change alias, not a Read alias}. */
    public String display() {
      return display;
    }
  }
}
