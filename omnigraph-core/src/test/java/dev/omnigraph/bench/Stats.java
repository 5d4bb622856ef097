package dev.omnigraph.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds and their summary (benchmarks report medians). */
public final class Stats {
  private final long[] samples;
  private int n;

  public Stats(int capacity) {
    samples = new long[capacity];
  }

  public void add(long nanos) {
    samples[n++] = nanos;
  }

  public double percentileMicros(double p) {
    long[] s = Arrays.copyOf(samples, n);
    Arrays.sort(s);
    int i = (int) Math.min(n - 1, Math.max(0, Math.ceil(p / 100.0 * n) - 1));
    return s[i] / 1_000.0;
  }

  public String summary() {
    return String.format("median %.1f µs, p90 %.1f µs, p99 %.1f µs (n=%d)", percentileMicros(50),
        percentileMicros(90), percentileMicros(99), n);
  }
}
