package br.com.gravacoes.application.port.out;

/**
 * The tenant's project refused the rows and will refuse them again until someone fixes it (a wrong
 * key, a missing table or column, a row its table does not accept). The message says why and never
 * carries the key.
 */
public class MirrorRejectedException extends RuntimeException {

  private final boolean concernsSomeRows;

  public MirrorRejectedException(String message) {
    this(message, false);
  }

  /**
   * @param concernsSomeRows the refusal may come from some of the rows only (a constraint of the
   *     tenant's table), not from the project as a whole (a key, a table or a column)
   */
  public MirrorRejectedException(String message, boolean concernsSomeRows) {
    super(message);
    this.concernsSomeRows = concernsSomeRows;
  }

  public boolean concernsSomeRows() {
    return concernsSomeRows;
  }
}
