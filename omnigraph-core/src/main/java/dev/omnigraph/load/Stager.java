package dev.omnigraph.load;

import dev.omnigraph.write.TableWrite;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.apache.arrow.vector.ipc.ArrowReader;

/**
 * Writes staged data files on a background thread, so that reading and converting the input
 * (Java) overlaps with encoding and writing files (Lance, native). One thread keeps each table's
 * files in input order; at most {@link #IN_FLIGHT} drained buffers wait or run at a time, which
 * bounds memory. Failures surface at {@link #await()}.
 */
final class Stager implements AutoCloseable {
  static final int IN_FLIGHT = 2;

  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "omnigraph-load-stager");
    t.setDaemon(true);
    return t;
  });
  private final Semaphore slots = new Semaphore(IN_FLIGHT);
  private final List<Future<?>> tasks = new ArrayList<>();

  /** Stages {@code rows} into {@code table} in the background; blocks while the queue is full. */
  void stage(TableWrite table, ArrowReader rows) {
    try {
      slots.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closeQuietly(rows);
      throw new IllegalStateException("interrupted while staging rows", e);
    }
    tasks.add(thread.submit(() -> {
      try {
        table.stage(rows);
      } finally {
        closeQuietly(rows);
        slots.release();
      }
    }));
  }

  /** Waits for every staged write; rethrows the first failure. */
  void await() {
    try {
      for (Future<?> f : tasks) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while staging rows", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      tasks.clear();
    }
  }

  private static void closeQuietly(ArrowReader r) {
    try {
      r.close();
    } catch (Exception ignored) {
      // the batches were consumed or the write failed: the write's error is the one to report
    }
  }

  /** Lets running writes finish (their results are discarded) and stops the thread. */
  @Override
  public void close() {
    for (Future<?> f : tasks) {
      try {
        f.get();
      } catch (Exception ignored) {
        // the load already failed; this write is abandoned with it
      }
    }
    thread.shutdown();
  }
}
