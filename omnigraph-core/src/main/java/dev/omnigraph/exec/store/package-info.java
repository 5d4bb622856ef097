/**
 * In-memory table data for the read engine, per immutable table version: compact columns
 * (primitive arrays, UTF-8 bytes with offsets, dictionary-coded strings), the id → row index and
 * the CSR adjacency of edge tables, held in one memory-bounded cache ({@link
 * dev.omnigraph.exec.store.GraphCache}). Keys are table versions, which never change, so nothing
 * is ever invalidated. Internal API.
 */
package dev.omnigraph.exec.store;
