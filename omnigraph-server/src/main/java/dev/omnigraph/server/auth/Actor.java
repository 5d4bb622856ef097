package dev.omnigraph.server.auth;

/** The authenticated caller of a request: the actor id its bearer token is configured for. */
public record Actor(String id) {}
