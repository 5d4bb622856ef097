package dev.omnigraph.query.ast;

/** The reserved parameter name the reference injects the request timestamp under. */
public final class NowParam {
  /** {@code __nanograph_now}: declaring {@code $__nanograph_now} is a type error (U3). */
  public static final String NAME = "__nanograph_now";

  private NowParam() {}
}
