package dev.omnigraph.query.ir;

/** Which way a traversal walks its edge, relative to the written source variable. */
public enum Direction {
  /** From the edge's {@code src} ({@code From} type) to its {@code dst}. */
  OUT,
  /** From the edge's {@code dst} ({@code To} type) back to its {@code src}. */
  IN
}
