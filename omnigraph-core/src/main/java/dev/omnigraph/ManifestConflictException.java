package dev.omnigraph;

/**
 * Another writer published a change to a table this operation wrote or validated against, after
 * the operation read it. Nothing of this operation became visible; refresh and retry.
 */
public final class ManifestConflictException extends ConflictException {
  private final String tableKey;
  private final long expected;
  private final long actual;

  public ManifestConflictException(String tableKey, long expected, long actual) {
    super("stale view of '" + tableKey + "': expected manifest table version " + expected
        + " but current is " + actual + " \u2014 refresh and retry");
    this.tableKey = tableKey;
    this.expected = expected;
    this.actual = actual;
  }

  /** The table key ({@code node:T} / {@code edge:E}) whose version moved. */
  public String tableKey() {
    return tableKey;
  }

  /** The table version the operation was based on. */
  public long expected() {
    return expected;
  }

  /** The table version found at publish time (0 when the table is gone). */
  public long actual() {
    return actual;
  }
}
