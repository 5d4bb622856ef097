package dev.omnigraph.manifest;

/** Config keys and transaction properties of {@code __manifest} (engine.md §15.3). */
public final class ManifestKeys {
  public static final String PATH = "__manifest";

  public static final String FORMAT = "omnigraph.format";
  public static final String FORMAT_VERSION = "1";
  public static final String REPO = "omnigraph.repo";
  /** Upserted by every publish: the fence key. */
  public static final String SEQ = "omnigraph.seq";
  public static final String HEAD_PREFIX = "omnigraph.head/";
  public static final String SCHEMA = "omnigraph.schema";
  public static final String SCHEMA_LOCK = "omnigraph.lock/schema_apply";

  public static final String PROP_OP = "omnigraph.op";
  public static final String PROP_COMMIT = "omnigraph.commit";
  public static final String PROP_BRANCH = "omnigraph.branch";
  /** A unique id per publish attempt series, to resolve an unknown commit outcome. */
  public static final String PROP_TXN = "omnigraph.txn";

  private ManifestKeys() {}

  public static String head(String branch) {
    return HEAD_PREFIX + branch;
  }
}
