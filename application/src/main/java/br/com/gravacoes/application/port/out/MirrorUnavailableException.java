package br.com.gravacoes.application.port.out;

/** The tenant's project could not take the rows now (unreachable, too slow, 5xx, 429): retry. */
public class MirrorUnavailableException extends RuntimeException {

  public MirrorUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
