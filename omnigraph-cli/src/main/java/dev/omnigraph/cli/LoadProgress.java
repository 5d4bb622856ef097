package dev.omnigraph.cli;

import java.io.Reader;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * The progress bar of {@code load} (cli.md §3.3): records read and their rate, drawn on stderr
 * only when it is a terminal and the output is not JSON.
 */
final class LoadProgress implements AutoCloseable {
  private final ProgressBar bar;

  private LoadProgress(ProgressBar bar) {
    this.bar = bar;
  }

  static LoadProgress start(CliEnv env, boolean json) {
    if (!env.stderrIsTerminal() || json) {
      return new LoadProgress(null);
    }
    return new LoadProgress(new ProgressBarBuilder()
        .setTaskName("load")
        .setInitialMax(-1)
        .setUnit(" records", 1)
        .showSpeed()
        .setConsumer(new ConsoleProgressBarConsumer(env.err()))
        .build());
  }

  /** {@code in}, reporting each line read to the bar (if any). */
  ProgressReader track(Reader in) {
    return new ProgressReader(in, bar == null ? n -> { } : bar::stepTo);
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
