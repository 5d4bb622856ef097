/**
 * Property values independent of where they come from or go to: the text forms of dates and
 * datetimes (languages.md §3.5), blob values and how they are stored, JSON kinds of Java values.
 * Shared by the loader, mutations, queries and export.
 */
package dev.omnigraph.value;
