/**
 * The {@code .gq} parser: the reference's pest grammar ({@code query.pest}) on the shared PEG
 * toolkit ({@link dev.omnigraph.lang}), so grammar errors carry the same positions and expected
 * rule names, and the semantic parse checks of languages.md §6.2. Internal API.
 */
package dev.omnigraph.query.parse;
