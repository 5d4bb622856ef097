/**
 * The query type checker (languages.md §4): checks one parsed query against a catalog and builds
 * its {@link dev.omnigraph.query.ir checked IR}. The first violation stops checking and is thrown
 * as a {@link dev.omnigraph.QueryException} of kind TYPE with the rule's exact message. Entry
 * point: {@link dev.omnigraph.query.check.TypeChecker}. Internal API.
 */
package dev.omnigraph.query.check;
