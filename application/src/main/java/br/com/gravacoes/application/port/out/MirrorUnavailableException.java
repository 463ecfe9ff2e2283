package br.com.gravacoes.application.port.out;

/**
 * The tenant's project could not take the rows now (unreachable, too slow, 5xx, 429): retry. When
 * the request may have reached the project anyway (a read timeout, a reset connection), its outcome
 * is unknown: the project may still apply it later.
 */
public class MirrorUnavailableException extends RuntimeException {

  private final boolean outcomeUnknown;

  public MirrorUnavailableException(String message, Throwable cause) {
    this(message, cause, false);
  }

  public MirrorUnavailableException(String message, Throwable cause, boolean outcomeUnknown) {
    super(message, cause);
    this.outcomeUnknown = outcomeUnknown;
  }

  /** The rows may still be written later by a request that was already sent. */
  public boolean outcomeUnknown() {
    return outcomeUnknown;
  }
}
