package br.com.gravacoes.adapters.supabase;

import br.com.gravacoes.adapters.supabase.PostgrestErrorMapper.PostgrestError;
import br.com.gravacoes.application.port.out.MirrorRejectedException;

/**
 * A refusal of the project with what it said (status, PostgREST's code and message), so that a
 * connection test can tell a wrong key from a missing table or column.
 */
final class PostgrestRefusal extends MirrorRejectedException {

  private final int status;
  private final transient PostgrestError error;

  PostgrestRefusal(int status, PostgrestError error, String message, boolean concernsSomeRows) {
    super(message, concernsSomeRows);
    this.status = status;
    this.error = error;
  }

  int status() {
    return status;
  }

  /** PostgREST's code (PGRST204, a SQLSTATE...), or empty when the gateway answered. */
  String code() {
    return error.code();
  }

  String postgrestMessage() {
    return error.message();
  }

  /** {@code , CODE: message} as the project said it, for a person to read. */
  String detail() {
    return error.detail();
  }
}
