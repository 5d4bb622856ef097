package dev.omnigraph.query.check;

import dev.omnigraph.schema.Catalog;
import dev.omnigraph.schema.PropType;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** What every part of one query's check shares: the catalog, the parameters, and their uses. */
final class CheckContext {
  private final Catalog catalog;
  private final Map<String, PropType> params;
  private final Set<String> referencedParams = new LinkedHashSet<>();

  CheckContext(Catalog catalog, Map<String, PropType> params) {
    this.catalog = catalog;
    this.params = params;
  }

  Catalog catalog() {
    return catalog;
  }

  Map<String, PropType> params() {
    return params;
  }

  /** The declared type of parameter {@code name} (recording the use), or null if undeclared. */
  PropType useParam(String name) {
    PropType type = params.get(name);
    if (type != null) {
      referencedParams.add(name);
    }
    return type;
  }

  /** The parameters used so far, in order of first use. */
  Set<String> referencedParams() {
    return referencedParams;
  }
}
