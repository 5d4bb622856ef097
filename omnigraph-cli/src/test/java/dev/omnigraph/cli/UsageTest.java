package dev.omnigraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.Omnigraph;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and usage errors (cli.md §0), help, version (§3.1) and completion (§9). */
class UsageTest {
  @TempDir
  Path dir;

  Cli.Result run(String... args) {
    return new Cli(dir).run(args);
  }

  @Test
  void versionInAllThreeForms() {
    String expected = "omnigraph " + Omnigraph.version() + "\n";
    for (String arg : new String[] {"version", "-v", "--version"}) {
      Cli.Result r = run(arg);
      assertThat(r.code()).as(arg).isZero();
      assertThat(r.out()).as(arg).isEqualTo(expected);
      assertThat(r.err()).isEmpty();
    }
  }

  @Test
  void helpExitsZero() {
    for (String[] args : new String[][] {{"--help"}, {"-h"}, {"snapshot", "--help"},
        {"commit", "list", "-h"}, {"query", "lint", "--help"}}) {
      Cli.Result r = run(args);
      assertThat(r.code()).as(String.join(" ", args)).isZero();
      assertThat(r.out()).contains("Usage: omnigraph");
    }
  }

  @Test
  void usageErrorsExitTwo() {
    String[][] cases = {
        {},
        {"nope"},
        {"snapshot", "--nope"},
        {"init", "x.omni"},
        {"init", "--schema", "s.pg"},
        {"commit"},
        {"query"},
        {"query", "lint"},
        {"commit", "show"},
        {"completion", "tcsh"},
        {"snapshot", "a", "b"},
    };
    for (String[] args : cases) {
      Cli.Result r = run(args);
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.out()).as(String.join(" ", args)).isEmpty();
      assertThat(r.err()).as(String.join(" ", args)).isNotEmpty();
    }
  }

  @Test
  void flagsMayFollowPositionals() {
    Cli.Result r = run("snapshot", "missing.omni", "--branch", "x", "--json");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: repository not found at ");
  }

  @Test
  void completionScripts() {
    for (String shell : new String[] {"bash", "zsh"}) {
      Cli.Result r = run("completion", shell);
      assertThat(r.code()).isZero();
      assertThat(r.out()).contains("complete -F _complete_omnigraph", "snapshot", "--branch");
    }
    Cli.Result fish = run("completion", "fish");
    assertThat(fish.code()).isZero();
    assertThat(fish.out())
        .contains("complete -c omnigraph -n '__fish_use_subcommand' -a snapshot -d ")
        .contains("complete -c omnigraph -n '__fish_seen_subcommand_from snapshot' -l branch -r")
        .contains("-n '__fish_seen_subcommand_from commit; and not __fish_seen_subcommand_from"
            + " list show' -a list")
        .contains("-l json -d 'Print JSON.'");
  }
}
