package dev.omnigraph.plan;

import dev.omnigraph.query.ast.Literal;
import dev.omnigraph.query.ir.TypedExpr;
import dev.omnigraph.query.ir.ValueOperand;
import java.util.Set;
import java.util.stream.Collectors;

/** Helpers over checked expressions: the variables they read and their text in query syntax. */
public final class Exprs {
  private Exprs() {}

  /** Adds the match variables {@code e} reads (property accesses and bare variables). */
  static void collectVariables(TypedExpr e, Set<String> out) {
    if (e instanceof TypedExpr.PropertyRef p) {
      out.add(p.variable());
    } else if (e instanceof TypedExpr.NodeRef n) {
      out.add(n.variable());
    } else if (e instanceof TypedExpr.Aggregate a) {
      collectVariables(a.argument(), out);
    } else if (e instanceof TypedExpr.Search s) {
      collectVariables(s.field(), out);
      collectVariables(s.query(), out);
    } else if (e instanceof TypedExpr.Fuzzy f) {
      collectVariables(f.field(), out);
      collectVariables(f.query(), out);
    } else if (e instanceof TypedExpr.MatchText m) {
      collectVariables(m.field(), out);
      collectVariables(m.query(), out);
    } else if (e instanceof TypedExpr.Bm25 b) {
      collectVariables(b.field(), out);
      collectVariables(b.query(), out);
    } else if (e instanceof TypedExpr.Nearest n) {
      out.add(n.variable());
      collectVariables(n.query(), out);
    } else if (e instanceof TypedExpr.Rrf r) {
      collectVariables(r.primary(), out);
      collectVariables(r.secondary(), out);
    }
  }

  /** True for the search calls: {@code search}, {@code fuzzy}, {@code match_text}, {@code bm25}, {@code nearest}, {@code rrf}. */
  public static boolean isSearchCall(TypedExpr e) {
    return e instanceof TypedExpr.Search || e instanceof TypedExpr.Fuzzy
        || e instanceof TypedExpr.MatchText || e instanceof TypedExpr.Bm25
        || e instanceof TypedExpr.Nearest || e instanceof TypedExpr.Rrf;
  }

  /** The function name of a search call. */
  static String searchName(TypedExpr e) {
    if (e instanceof TypedExpr.Search) {
      return "search";
    } else if (e instanceof TypedExpr.Fuzzy) {
      return "fuzzy";
    } else if (e instanceof TypedExpr.MatchText) {
      return "match_text";
    } else if (e instanceof TypedExpr.Bm25) {
      return "bm25";
    } else if (e instanceof TypedExpr.Nearest) {
      return "nearest";
    }
    return "rrf";
  }

  /** The expression in query syntax, e.g. {@code $p.name}, {@code count($f)}, {@code "x"}. */
  public static String render(TypedExpr e) {
    if (e instanceof TypedExpr.PropertyRef p) {
      return "$" + p.variable() + "." + p.property().name();
    } else if (e instanceof TypedExpr.NodeRef n) {
      return "$" + n.variable();
    } else if (e instanceof ValueOperand.Param p) {
      return "$" + p.name();
    } else if (e instanceof ValueOperand.Now) {
      return "now()";
    } else if (e instanceof ValueOperand.Constant c) {
      return render(c.literal());
    } else if (e instanceof TypedExpr.Aggregate a) {
      return a.func().keyword() + "(" + render(a.argument()) + ")";
    } else if (e instanceof TypedExpr.AliasRef a) {
      return a.alias();
    } else if (e instanceof TypedExpr.Search s) {
      return "search(" + render(s.field()) + ", " + render(s.query()) + ")";
    } else if (e instanceof TypedExpr.Fuzzy f) {
      return "fuzzy(" + render(f.field()) + ", " + render(f.query())
          + (f.maxEdits() == null ? "" : ", " + render(f.maxEdits())) + ")";
    } else if (e instanceof TypedExpr.MatchText m) {
      return "match_text(" + render(m.field()) + ", " + render(m.query()) + ")";
    } else if (e instanceof TypedExpr.Bm25 b) {
      return "bm25(" + render(b.field()) + ", " + render(b.query()) + ")";
    } else if (e instanceof TypedExpr.Nearest n) {
      return "nearest($" + n.variable() + "." + n.property().name() + ", " + render(n.query())
          + ")";
    }
    TypedExpr.Rrf r = (TypedExpr.Rrf) e;
    return "rrf(" + render(r.primary()) + ", " + render(r.secondary())
        + (r.k() == null ? "" : ", " + render(r.k())) + ")";
  }

  /** A literal in query syntax. */
  static String render(Literal l) {
    if (l instanceof Literal.Str s) {
      StringBuilder b = new StringBuilder();
      dev.omnigraph.json.JsonWriter.quote(s.value(), b);
      return b.toString();
    } else if (l instanceof Literal.Int i) {
      return Long.toString(i.value());
    } else if (l instanceof Literal.Float f) {
      return Double.toString(f.value());
    } else if (l instanceof Literal.Bool b) {
      return Boolean.toString(b.value());
    } else if (l instanceof Literal.Date d) {
      return "date(\"" + d.text() + "\")";
    } else if (l instanceof Literal.DateTime d) {
      return "datetime(\"" + d.text() + "\")";
    }
    return ((Literal.ListLit) l).items().stream().map(Exprs::render)
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
