package dev.omnigraph.manifest;

/**
 * Prepares one publish attempt against the latest manifest state: validates what the operation
 * assumed (branch head, table versions) and returns the updates. Called again after a lost fence
 * with the newer state; it throws to give up (e.g. a manifest conflict).
 */
@FunctionalInterface
public interface PublishStep<T> {
  Publication<T> prepare(ManifestState latest);
}
