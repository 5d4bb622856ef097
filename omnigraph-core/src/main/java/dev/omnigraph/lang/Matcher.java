package dev.omnigraph.lang;

/**
 * The compiled form of an {@link Expr}. Contract of {@link #match}: on success the state's position
 * is after the matched text; on failure the position and the node stack are as they were on entry
 * (so ordered choice never has to restore anything itself).
 */
abstract class Matcher {
  abstract boolean match(ParseState s);

  static final class Literal extends Matcher {
    private final String text;

    Literal(String text) {
      this.text = text;
    }

    @Override
    boolean match(ParseState s) {
      if (s.input.startsWith(text, s.pos)) {
        s.pos += text.length();
        return true;
      }
      return false;
    }
  }

  static final class CharRange extends Matcher {
    private final int first;
    private final int last;

    CharRange(int first, int last) {
      this.first = first;
      this.last = last;
    }

    @Override
    boolean match(ParseState s) {
      if (s.pos >= s.input.length()) {
        return false;
      }
      int cp = s.input.codePointAt(s.pos);
      if (cp < first || cp > last) {
        return false;
      }
      s.pos += Character.charCount(cp);
      return true;
    }
  }

  static final class AnyChar extends Matcher {
    @Override
    boolean match(ParseState s) {
      if (s.pos >= s.input.length()) {
        return false;
      }
      s.pos += Character.charCount(s.input.codePointAt(s.pos));
      return true;
    }
  }

  static final class StartOfInput extends Matcher {
    @Override
    boolean match(ParseState s) {
      return s.pos == 0;
    }
  }

  static final class EndOfInput extends Matcher {
    @Override
    boolean match(ParseState s) {
      return s.pos == s.input.length();
    }
  }

  static final class Sequence extends Matcher {
    private final Matcher[] items;

    Sequence(Matcher[] items) {
      this.items = items;
    }

    @Override
    boolean match(ParseState s) {
      int start = s.pos;
      int mark = s.nodeMark();
      if (!items[0].match(s)) {
        return false;
      }
      for (int i = 1; i < items.length; i++) {
        s.skip();
        if (!items[i].match(s)) {
          s.pos = start;
          s.dropNodes(mark);
          return false;
        }
      }
      return true;
    }
  }

  /**
   * An ordered choice between literals only (keyword lists such as {@code base_type}): the same
   * result as trying each in turn, but only literals starting with the current character are tried.
   */
  static final class LiteralChoice extends Matcher {
    private final String[] literals;

    LiteralChoice(String[] literals) {
      this.literals = literals;
    }

    @Override
    boolean match(ParseState s) {
      if (s.pos >= s.input.length()) {
        return false;
      }
      char first = s.input.charAt(s.pos);
      for (String literal : literals) {
        if (literal.charAt(0) == first && s.input.startsWith(literal, s.pos)) {
          s.pos += literal.length();
          return true;
        }
      }
      return false;
    }
  }

  static final class Choice extends Matcher {
    private final Matcher[] alternatives;

    Choice(Matcher[] alternatives) {
      this.alternatives = alternatives;
    }

    @Override
    boolean match(ParseState s) {
      for (Matcher alternative : alternatives) {
        if (alternative.match(s)) {
          return true;
        }
      }
      return false;
    }
  }

  static final class Optional extends Matcher {
    private final Matcher inner;

    Optional(Matcher inner) {
      this.inner = inner;
    }

    @Override
    boolean match(ParseState s) {
      inner.match(s);
      return true;
    }
  }

  /** pest's {@code e*}: {@code (e (skip e)*)?}; the skip before a failed item is given back. */
  static final class ZeroOrMore extends Matcher {
    private final Matcher inner;

    ZeroOrMore(Matcher inner) {
      this.inner = inner;
    }

    @Override
    boolean match(ParseState s) {
      if (!inner.match(s)) {
        return true;
      }
      while (true) {
        int before = s.pos;
        int mark = s.nodeMark();
        s.skip();
        if (!inner.match(s)) {
          s.pos = before;
          s.dropNodes(mark);
          return true;
        }
        if (s.pos == before) {
          return true; // an empty match would repeat forever
        }
      }
    }
  }

  /** Look-ahead; consumes nothing and builds no nodes. */
  static final class Lookahead extends Matcher {
    private final Matcher inner;
    private final boolean positive;

    Lookahead(Matcher inner, boolean positive) {
      this.inner = inner;
      this.positive = positive;
    }

    @Override
    boolean match(ParseState s) {
      int start = s.pos;
      ParseState.Look outer = s.lookahead;
      s.lookahead = outer.enter(positive);
      boolean matched = inner.match(s);
      s.lookahead = outer;
      s.pos = start;
      return matched == positive;
    }
  }

  /** A call of a rule (whose body may be compiled later: rules can be recursive). */
  static final class Call extends Matcher {
    private final CompiledRule target;

    Call(CompiledRule target) {
      this.target = target;
    }

    @Override
    boolean match(ParseState s) {
      return s.call(target);
    }
  }
}
