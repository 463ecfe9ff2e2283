package br.com.gravacoes.adapters.persistence.crypto;

/**
 * A sealed secret that cannot be opened: unknown key id, altered or truncated value, or sealed for
 * another context. The message names the key id and context, never the value or the plaintext.
 */
public final class SecretUnreadableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String keyId;
  private final String context;

  SecretUnreadableException(String keyId, String context, String reason, Throwable cause) {
    super(
        "Cannot open secret for context '"
            + context
            + "'"
            + (keyId == null ? "" : " sealed with key '" + keyId + "'")
            + ": "
            + reason,
        cause);
    this.keyId = keyId;
    this.context = context;
  }

  /** The key id the value names, or {@code null} if the value is not in the sealed format. */
  public String keyId() {
    return keyId;
  }

  /** The context the caller tried to open the value for. */
  public String context() {
    return context;
  }
}
