package dev.omnigraph.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code omnigraph completion bash|zsh|fish}: prints a shell completion script (cli.md §9). */
@Command(name = "completion", description = {"Print a shell completion script.",
    "bash: source <(omnigraph completion bash)",
    "zsh:  source <(omnigraph completion zsh)",
    "fish: omnigraph completion fish | source"})
final class CompletionCommand extends BaseCommand {
  /** The shells a script can be generated for. */
  enum Shell { bash, zsh, fish }

  @Parameters(index = "0", paramLabel = "SHELL", description = "bash, zsh or fish.")
  Shell shell;

  @Override
  public Integer call() {
    CommandLine root = spec.root().commandLine();
    String script = switch (shell) {
      // picocli's script serves zsh too: it loads bashcompinit when run by zsh.
      case bash, zsh -> AutoComplete.bash("omnigraph", root);
      case fish -> FishCompletion.script(root.getCommandSpec());
    };
    env().out().print(script);
    return 0;
  }
}
