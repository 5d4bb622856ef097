package dev.omnigraph.exec.store;

/** A column whose every value is null: Blob properties (queries never read blob bytes). */
public record NullColumn(int size) implements Column {
  @Override
  public boolean isNull(int row) {
    return true;
  }

  @Override
  public Object value(int row) {
    return null;
  }

  @Override
  public long bytes() {
    return 16;
  }
}
