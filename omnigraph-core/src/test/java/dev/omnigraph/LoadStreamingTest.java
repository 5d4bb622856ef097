package dev.omnigraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * semantics.md §12.8: a load streams. Records of ~4 KiB each (400 MB in all) are generated on the
 * fly, so the input never exists in memory; the live heap after the input must not grow with it —
 * only the compact per-type state (ids, line numbers) does — and Arrow memory stays at a few
 * batches (the staging buffer of the table and the drained buffers the background writer holds,
 * 32 MiB each at most).
 */
class LoadStreamingTest {
  private static final int ROWS = 100_000;
  private static final long ARROW_BOUND = 192L << 20;
  private static final String BIO = "x".repeat(4096);

  @TempDir Path dir;

  @Test
  void heapAndArrowMemoryStayBoundedWhileTheInputGrows() {
    long[] liveAt = new long[2];
    Iterable<LoadRecord> records = () -> new Iterator<>() {
      int i;

      @Override
      public boolean hasNext() {
        if (i == ROWS / 10) {
          liveAt[0] = liveHeap();
        } else if (i == ROWS) {
          liveAt[1] = liveHeap();
        }
        return i < ROWS;
      }

      @Override
      public LoadRecord next() {
        if (i >= ROWS) {
          throw new NoSuchElementException();
        }
        int n = i++;
        return LoadRecord.node("Person", Map.of("name", "p" + n, "bio", BIO + n));
      }
    };
    try (Omnigraph g = Omnigraph.init(dir.resolve("g").toString(),
        "node Person { name: String @key  bio: String }")) {
      LoadResult r = g.load("main", records, LoadMode.OVERWRITE, null);
      assertThat(r.totalNodes()).isEqualTo(ROWS);
      long inputBytes = (long) ROWS * BIO.length();
      long growth = liveAt[1] - liveAt[0];
      assertThat(growth).as("live heap growth over 90%% of a %d MB input", inputBytes >> 20)
          .isLessThan(inputBytes / 10);
      assertThat(g.repository().store().allocator().getPeakMemoryAllocation())
          .as("peak Arrow memory").isLessThan(ARROW_BOUND).isLessThan(inputBytes / 2);
      assertThat(g.snapshot("main").table("node:Person").orElseThrow().rowCount()).isEqualTo(ROWS);
    }
  }

  private static long liveHeap() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
