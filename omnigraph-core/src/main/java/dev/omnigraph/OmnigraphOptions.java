package dev.omnigraph;

/**
 * Settings of an open repository handle.
 *
 * @param writeQueue queue writes per branch inside this process (DECISIONS 25): concurrent writers
 *                   through one handle then all succeed unless their data conflicts. Turn it off
 *                   to let same-process writers race on the manifest fence like separate processes.
 */
public record OmnigraphOptions(boolean writeQueue) {
  public static OmnigraphOptions defaults() {
    return new OmnigraphOptions(true);
  }

  public OmnigraphOptions withWriteQueue(boolean enabled) {
    return new OmnigraphOptions(enabled);
  }
}
