package br.com.gravacoes.application.port.out;

/**
 * The tenant's project refused the rows and will refuse them again until someone fixes it (a wrong
 * key, a missing table or column). The message says why and never carries the key.
 */
public class MirrorRejectedException extends RuntimeException {

  public MirrorRejectedException(String message) {
    super(message);
  }
}
