package dev.omnigraph.exec;

/**
 * Keeps the rows for which the negated block has no solution (semantics.md §3.5, DECISIONS 11):
 * the block's plan runs seeded with a whole batch of outer rows, and every outer row that yields
 * at least one inner row is dropped. Order is preserved.
 */
final class AntiJoinOp implements RowSink {
  private final RowSink next;
  private final MatchRunner inner;

  AntiJoinOp(MatchRunner inner, RowSink next) {
    this.next = next;
    this.inner = inner;
  }

  @Override
  public void push(Batch batch) {
    boolean[] matched = new boolean[batch.size];
    int seed = inner.seedSlot();
    inner.runSeeded(batch, new RowSink() {
      @Override
      public void push(Batch rows) {
        int[] seeds = rows.columns[seed];
        for (int i = 0; i < rows.size; i++) {
          matched[seeds[i]] = true;
        }
      }

      @Override
      public void finish() {
        // nothing buffered
      }

      @Override
      public boolean full() {
        return false;
      }
    });
    boolean[] keep = new boolean[batch.size];
    for (int i = 0; i < batch.size; i++) {
      keep[i] = !matched[i];
    }
    batch.pushSelected(keep, next);
  }

  @Override
  public void finish() {
    next.finish();
  }

  @Override
  public boolean full() {
    return next.full();
  }
}
