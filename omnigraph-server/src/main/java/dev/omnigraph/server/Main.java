package dev.omnigraph.server;

import dev.omnigraph.Demo;
import dev.omnigraph.Omnigraph;
import dev.omnigraph.OmnigraphException;
import dev.omnigraph.OmnigraphOptions;
import dev.omnigraph.server.auth.Authorizer;
import dev.omnigraph.server.auth.SecretsManager;
import dev.omnigraph.server.auth.TokenSources;
import dev.omnigraph.server.auth.TokenTable;
import dev.omnigraph.server.config.Arguments;
import dev.omnigraph.server.config.ServerSettings;
import dev.omnigraph.server.config.StartupException;
import dev.omnigraph.server.config.UsageException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * {@code omnigraph-server} (http.md §9): resolves the settings and tokens, opens the repository,
 * serves until SIGINT or SIGTERM, then shuts down gracefully. Exit status 0 after a graceful
 * shutdown, 1 on a start-up failure, 2 on a usage error.
 */
public final class Main {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);
  /** This build bundles no AWS SDK, so the secret source reports itself unavailable. */
  private static final SecretsManager SECRETS =
      SecretsManager.unavailable("this build does not include an AWS SDK client");

  private Main() {}

  public static void main(String[] argv) {
    Arguments args;
    try {
      args = Arguments.parse(Arrays.asList(argv));
    } catch (UsageException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(Arguments.USAGE);
      System.exit(2);
      return;
    }
    if (args.help()) {
      System.out.println(Arguments.USAGE);
      return;
    }
    if (args.version()) {
      System.out.println("omnigraph-server " + Omnigraph.version());
      return;
    }
    try {
      serve(args);
    } catch (StartupException | OmnigraphException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(1);
    }
    System.exit(0);
  }

  private static void serve(Arguments args) {
    ServerSettings settings = ServerSettings.resolve(args, System.getenv(), Path.of(""));
    TokenSources.Resolved resolved = TokenSources.resolve(System.getenv(), SECRETS);
    TokenTable tokens = TokenTable.of(resolved.tokensByActor());
    if (tokens.enabled()) {
      LOG.info("bearer token authentication enabled source={} actors={}", resolved.source(),
          tokens.size());
    } else {
      LOG.warn("authentication is DISABLED: no bearer token is configured, so every client has"
          + " full access; set {} (or {}, {}, {}) to require tokens", TokenSources.SINGLE,
          TokenSources.FILE, TokenSources.JSON, TokenSources.AWS_SECRET);
    }
    try (Omnigraph graph = open(settings)) {
      OmnigraphServer server = startOrFail(graph, settings, tokens);
      LOG.info("serving omnigraph uri={} bind={}:{}", settings.uri(), settings.host(),
          server.port());
      awaitShutdownSignal();
      LOG.info("shutdown signal received; draining in-flight requests for up to {} s",
          settings.shutdownGrace().toSeconds());
      server.stop();
    }
    LOG.info("repository closed uri={}", settings.uri());
    LOG.info("stopped");
  }

  private static Omnigraph open(ServerSettings settings) {
    if (settings.demo()) {
      Demo.Opened opened = Demo.openOrCreate(settings.uri());
      LOG.info("{} demo graph at ./{}", opened.created() ? "created" : "using", settings.uri());
      return opened.graph();
    }
    return Omnigraph.open(settings.uri(),
        OmnigraphOptions.defaults().withWriteQueue(settings.writeQueue()));
  }

  private static OmnigraphServer startOrFail(Omnigraph graph, ServerSettings settings,
      TokenTable tokens) {
    try {
      return OmnigraphServer.start(graph, settings, tokens, Authorizer.ALLOW_ALL);
    } catch (RuntimeException e) {
      throw new StartupException("cannot listen on " + settings.host() + ":" + settings.port()
          + ": " + rootMessage(e), e);
    }
  }

  private static void awaitShutdownSignal() {
    CountDownLatch signalled = new CountDownLatch(1);
    // Handling the signals ourselves (instead of a shutdown hook) lets the process drain and then
    // exit 0, as a graceful shutdown should.
    Signal.handle(new Signal("INT"), s -> signalled.countDown());
    Signal.handle(new Signal("TERM"), s -> signalled.countDown());
    try {
      signalled.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String rootMessage(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage());
  }
}
