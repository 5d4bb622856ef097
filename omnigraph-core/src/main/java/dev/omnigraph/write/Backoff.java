package dev.omnigraph.write;

import dev.omnigraph.ConflictException;
import java.util.concurrent.ThreadLocalRandom;

/** Jittered pauses between retries against concurrent writers, so that racers spread out. */
final class Backoff {
  private Backoff() {}

  static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(5, 50) * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConflictException("write interrupted while waiting for concurrent writers");
    }
  }
}
