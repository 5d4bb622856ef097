package dev.omnigraph.util;

import java.time.Instant;

/** Wall-clock time in microseconds since the Unix epoch (the unit of commit timestamps). */
public final class Micros {
  private Micros() {}

  public static long now() {
    Instant i = Instant.now();
    return i.getEpochSecond() * 1_000_000L + i.getNano() / 1_000;
  }
}
