package br.com.gravacoes.adapters.rest;

/** Portuguese texts for the HTTP-level mistakes a client can make. */
final class HttpErrorTexts {

  private HttpErrorTexts() {}

  static String forStatus(int status) {
    return switch (status) {
      case 400 -> "Requisição inválida";
      case 401 -> "Não autenticado";
      case 403 -> "Acesso negado";
      case 404 -> "Recurso não encontrado";
      case 405 -> "Método não permitido para este recurso";
      case 406 -> "Este recurso responde apenas application/json";
      case 413 -> "Corpo da requisição grande demais";
      case 415 -> "Envie o corpo como application/json";
      default -> "Requisição recusada (" + status + ")";
    };
  }
}
