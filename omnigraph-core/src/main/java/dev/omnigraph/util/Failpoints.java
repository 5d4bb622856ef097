package dev.omnigraph.util;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named checkpoints in the write paths where tests inject failures (engine.md §15.14).
 *
 * <p>A child process started with {@code OMNIGRAPH_FAILPOINT=name} (or {@code name:n} for the n-th
 * hit) halts there with exit code 137, like {@code kill -9}. In-process tests {@link #arm} a
 * failpoint with an action (typically throwing) instead. Unarmed, {@link #hit} costs one volatile
 * read.
 */
public final class Failpoints {
  private static final Map<String, Armed> ARMED = new ConcurrentHashMap<>();
  private static volatile boolean any;

  static {
    String spec = System.getenv("OMNIGRAPH_FAILPOINT");
    if (spec != null && !spec.isBlank()) {
      int colon = spec.lastIndexOf(':');
      String name = colon > 0 ? spec.substring(0, colon) : spec;
      int nth = colon > 0 ? Integer.parseInt(spec.substring(colon + 1)) : 1;
      arm(name, nth, () -> Runtime.getRuntime().halt(137));
    }
  }

  private Failpoints() {}

  private record Armed(int nth, AtomicInteger hits, Runnable action) {}

  /** Runs {@code action} at the n-th hit of the failpoint (1 = the first). */
  public static void arm(String name, int nth, Runnable action) {
    ARMED.put(name, new Armed(nth, new AtomicInteger(), action));
    any = true;
  }

  /** Disarms every failpoint. */
  public static void reset() {
    ARMED.clear();
    any = false;
  }

  /** Marks a checkpoint; runs the armed action when this is its configured hit. */
  public static void hit(String name) {
    if (!any) {
      return;
    }
    Armed a = ARMED.get(name);
    if (a != null && a.hits().incrementAndGet() == a.nth()) {
      a.action().run();
    }
  }
}
