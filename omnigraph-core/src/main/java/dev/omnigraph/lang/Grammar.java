package dev.omnigraph.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsing expression grammar that parses like the pest parser generator the reference uses, so
 * that accepted inputs, parse trees and grammar error reports are the same (languages.md §1, §6.2).
 *
 * <pre>{@code
 * import static dev.omnigraph.lang.Expr.*;
 *
 * Grammar g = Grammar.builder()
 *     .rule("list", seq(SOI, lit("["), ref("ident"), star(seq(lit(","), ref("ident"))), lit("]"), EOI))
 *     .atomic("ident", seq(ASCII_ALPHA_LOWER, star(choice(ASCII_ALPHANUMERIC, lit("_")))))
 *     .build();
 * Node list = g.parse("list", "[a, b ,c]");   // children: ident, ident, ident, EOI
 * g.parse("list", "[a, ]");  // ParseFailure: "parse error:  --> 1:5 …  = expected ident"
 * }</pre>
 *
 * <p>Semantics, as in pest:
 * <ul>
 *   <li>In a {@linkplain Builder#rule normal} rule, whitespace and comments (languages.md §1.2) may
 *       appear between any two elements of a sequence and between repetitions; none inside an
 *       {@linkplain Builder#atomic atomic} rule or any rule it calls.</li>
 *   <li>Ordered choice, greedy repetition, look-ahead that consumes nothing.</li>
 *   <li>Error position and expected rules follow pest's attempt tracking (see {@code ParseState}):
 *       the furthest position where a rule (not a literal, not a silent rule, not a rule inside an
 *       atomic rule) failed; {@code EOI} counts as a rule and is listed first, the other rules in
 *       declaration order (as pest's generated {@code Rule} enum orders them).</li>
 * </ul>
 * A grammar is immutable and thread-safe; each {@link #parse} call has its own state.
 */
public final class Grammar {
  /** The name of the built-in end-of-input rule. */
  public static final String EOI = "EOI";

  private final Map<String, CompiledRule> rules;
  private final String[] namesByOrdinal;

  private Grammar(Map<String, CompiledRule> rules) {
    this.rules = rules;
    this.namesByOrdinal = new String[rules.size()];
    rules.values().forEach(r -> namesByOrdinal[r.ordinal] = r.name);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Parses {@code input} with {@code startRule}. The start rule must match at offset 0; it need not
   * consume everything unless it ends with {@link Expr#EOI}.
   *
   * @return the start rule's node
   * @throws ParseFailure with code {@link ParseFailure#GRAMMAR} when the input is rejected
   */
  public Node parse(String startRule, String input) {
    CompiledRule start = rules.get(startRule);
    if (start == null || start.kind == CompiledRule.Kind.SILENT) {
      throw new IllegalArgumentException("no such non-silent rule: " + startRule);
    }
    ParseState state = new ParseState(input);
    if (state.call(start)) {
      return state.lastNode();
    }
    throw ParseFailure.grammar(SyntaxError.at(input, state.attemptPos(),
        names(state.expectedOrdinals()), names(state.unexpectedOrdinals())));
  }

  private List<String> names(int[] ordinals) {
    List<String> out = new ArrayList<>(ordinals.length);
    for (int o : ordinals) {
      out.add(namesByOrdinal[o]);
    }
    return out;
  }

  /** Collects rules in declaration order (which orders them in error messages) and compiles them. */
  public static final class Builder {
    private final Map<String, CompiledRule> rules = new LinkedHashMap<>();
    private final Map<CompiledRule, Expr> bodies = new LinkedHashMap<>();

    private Builder() {
      CompiledRule eoi = new CompiledRule(EOI, 0, CompiledRule.Kind.NORMAL);
      eoi.body = new Matcher.EndOfInput();
      rules.put(EOI, eoi);
    }

    /** A normal rule ({@code name = { … }}): a node, tracked in errors, implicit whitespace. */
    public Builder rule(String name, Expr body) {
      return add(name, body, CompiledRule.Kind.NORMAL);
    }

    /** An atomic rule ({@code name = @{ … }}): a node, tracked, nothing implicit inside. */
    public Builder atomic(String name, Expr body) {
      return add(name, body, CompiledRule.Kind.ATOMIC);
    }

    /** A silent rule ({@code name = _{ … }}): its body inlined, never a node, never reported. */
    public Builder silent(String name, Expr body) {
      return add(name, body, CompiledRule.Kind.SILENT);
    }

    private Builder add(String name, Expr body, CompiledRule.Kind kind) {
      if (rules.containsKey(name)) {
        throw new IllegalArgumentException("rule defined twice: " + name);
      }
      CompiledRule rule = new CompiledRule(name, rules.size(), kind);
      rules.put(name, rule);
      bodies.put(rule, body);
      return this;
    }

    /**
     * Compiles every rule.
     *
     * @throws IllegalArgumentException when a rule refers to an undefined rule
     */
    public Grammar build() {
      bodies.forEach((rule, body) -> rule.body = compile(body));
      return new Grammar(Map.copyOf(rules));
    }

    private Matcher compile(Expr e) {
      if (e instanceof Expr.Literal l) {
        return new Matcher.Literal(l.text());
      } else if (e instanceof Expr.CharRange r) {
        return new Matcher.CharRange(r.first(), r.last());
      } else if (e instanceof Expr.AnyChar) {
        return new Matcher.AnyChar();
      } else if (e instanceof Expr.StartOfInput) {
        return new Matcher.StartOfInput();
      } else if (e instanceof Expr.Sequence s) {
        return new Matcher.Sequence(compileAll(s.items()));
      } else if (e instanceof Expr.Choice c) {
        if (c.alternatives().stream().allMatch(a -> a instanceof Expr.Literal)) {
          return new Matcher.LiteralChoice(c.alternatives().stream()
              .map(a -> ((Expr.Literal) a).text()).toArray(String[]::new));
        }
        return new Matcher.Choice(compileAll(c.alternatives()));
      } else if (e instanceof Expr.Optional o) {
        return new Matcher.Optional(compile(o.expr()));
      } else if (e instanceof Expr.ZeroOrMore z) {
        return new Matcher.ZeroOrMore(compile(z.expr()));
      } else if (e instanceof Expr.OneOrMore p) {
        Matcher inner = compile(p.expr());
        return new Matcher.Sequence(new Matcher[] {inner, new Matcher.ZeroOrMore(inner)});
      } else if (e instanceof Expr.NotAhead n) {
        return new Matcher.Lookahead(compile(n.expr()), false);
      } else if (e instanceof Expr.AndAhead a) {
        return new Matcher.Lookahead(compile(a.expr()), true);
      } else if (e instanceof Expr.RuleRef ref) {
        CompiledRule target = rules.get(ref.name());
        if (target == null) {
          throw new IllegalArgumentException("undefined rule: " + ref.name());
        }
        return new Matcher.Call(target);
      }
      throw new IllegalArgumentException("unknown expression: " + e);
    }

    private Matcher[] compileAll(List<Expr> exprs) {
      Matcher[] out = new Matcher[exprs.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = compile(exprs.get(i));
      }
      return out;
    }
  }
}
