package dev.omnigraph.engine;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The per-branch write queue of one process (DECISIONS 25): writers of a branch run one after the
 * other in arrival order, each starting from the head its predecessor published, so concurrent
 * writers through one {@code Omnigraph} all succeed unless their data conflicts. Writers in other
 * processes are kept honest by the manifest fence instead.
 */
public final class BranchLocks {
  private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();
  private final boolean enabled;

  public BranchLocks(boolean enabled) {
    this.enabled = enabled;
  }

  /** Waits for the branch's turn; the returned handle releases it. */
  public Held acquire(String branch) {
    if (!enabled) {
      return () -> {};
    }
    ReentrantLock lock = locks.computeIfAbsent(branch, b -> new ReentrantLock(true));
    lock.lock();
    return lock::unlock;
  }

  /** A held turn. */
  @FunctionalInterface
  public interface Held extends AutoCloseable {
    @Override
    void close();
  }
}
