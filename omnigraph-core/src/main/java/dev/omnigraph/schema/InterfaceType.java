package dev.omnigraph.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An interface: a property contract that node types implement; it has no table. */
public record InterfaceType(String name, int typeId, Map<String, Property> properties) {
  public InterfaceType {
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }
}
