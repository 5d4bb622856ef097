package dev.omnigraph.server.auth;

import java.util.Optional;

/** Reads secrets from AWS Secrets Manager (the {@code …_TOKENS_AWS_SECRET} token source, http.md §6.3). */
public interface SecretsManager {
  /**
   * The {@code SecretString} of a secret; empty when the secret holds binary data only.
   *
   * @throws UnavailableException when this installation cannot reach Secrets Manager
   */
  Optional<String> secretString(String secretId);

  /** This build has no Secrets Manager client: every lookup fails with {@code reason}. */
  static SecretsManager unavailable(String reason) {
    return secretId -> {
      throw new UnavailableException(reason);
    };
  }

  /** Secrets Manager cannot be used by this installation. */
  final class UnavailableException extends RuntimeException {
    public UnavailableException(String reason) {
      super(reason);
    }
  }
}
