package dev.omnigraph.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** A fish completion script generated from the command model (picocli has bash/zsh only). */
final class FishCompletion {
  private FishCompletion() {}

  static String script(CommandSpec root) {
    StringBuilder out = new StringBuilder("# fish completion for omnigraph\n");
    out.append("complete -c omnigraph -f\n");
    commands(out, root, List.of());
    return out.toString();
  }

  private static void commands(StringBuilder out, CommandSpec spec, List<String> path) {
    String condition = condition(spec, path);
    for (OptionSpec o : spec.options()) {
      if (o.hidden()) {
        continue;
      }
      out.append("complete -c omnigraph -n ").append(quote(condition));
      for (String name : o.names()) {
        if (name.startsWith("--")) {
          out.append(" -l ").append(name.substring(2));
        } else if (name.length() == 2) {
          out.append(" -s ").append(name.substring(1));
        }
      }
      if (o.arity().max() > 0) {
        out.append(" -r");
        List<String> candidates = candidates(o);
        if (!candidates.isEmpty()) {
          out.append(" -a ").append(quote(String.join(" ", candidates)));
        } else {
          out.append(" -F");
        }
      }
      out.append(" -d ").append(quote(description(o.description()))).append('\n');
    }
    spec.subcommands().forEach((name, sub) -> {
      if (!name.equals(sub.getCommandName())) {
        return; // an alias; the command is listed under its own name
      }
      out.append("complete -c omnigraph -n ").append(quote(condition)).append(" -a ")
          .append(name).append(" -d ")
          .append(quote(description(sub.getCommandSpec().usageMessage().description())))
          .append('\n');
      List<String> next = new ArrayList<>(path);
      next.add(name);
      commands(out, sub.getCommandSpec(), next);
    });
  }

  /** Fish's test for "the words so far are exactly this command path". */
  private static String condition(CommandSpec spec, List<String> path) {
    List<String> parts = new ArrayList<>();
    if (path.isEmpty()) {
      parts.add("__fish_use_subcommand");
    } else {
      for (String p : path) {
        parts.add("__fish_seen_subcommand_from " + p);
      }
      if (!spec.subcommands().isEmpty()) {
        parts.add("not __fish_seen_subcommand_from "
            + String.join(" ", spec.subcommands().keySet()));
      }
    }
    return String.join("; and ", parts);
  }

  private static List<String> candidates(OptionSpec o) {
    List<String> out = new ArrayList<>();
    if (o.completionCandidates() != null) {
      o.completionCandidates().forEach(out::add);
    }
    return out;
  }

  private static String description(String[] lines) {
    return lines.length == 0 ? "" : lines[0];
  }

  private static String quote(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
