package br.com.gravacoes.launcher;

/** What the Run command prints once the service answers: where it is and how to try it. */
final class Banner {

  private static final String DEMO_BODY =
      " -H \"$AUTH\" -H 'Content-Type: application/json' -d '{\"roomId\":\"sala-demo\"}'\n";

  private Banner() {}

  static String text(LauncherSettings settings, String demoToken) {
    String base = "http://localhost:" + settings.httpPort();
    StringBuilder text = new StringBuilder();
    text.append("\n==========================================================\n");
    text.append(" gravacoes pronto em ").append(base).append('\n');
    text.append(" Telas: ").append(base).append("/reunioes e ").append(base).append("/gravacoes");
    text.append(" (saúde em /health/ready, métricas em /metrics, API em /api-docs/)\n");
    if (settings.demoMode()) {
      text.append(" Modo demonstração: simulador 100ms em http://127.0.0.1:")
          .append(settings.simulatorPort())
          .append("/v2, reunião demo na sala 'sala-demo'\n");
      text.append(" No navegador: ")
          .append(base)
          .append("/entrar → \"Entrar como administrador de demonstração\"\n\n");
      if (demoToken != null) {
        text.append(" Token de administrador do tenant 'demo' (válido por 12 h):\n");
        text.append("   export AUTH='Authorization: Bearer ").append(demoToken).append("'\n");
        text.append(
            " (outros tokens: HS256 com GRAVACOES_AUTH_HS256_SECRET, guardado em "
                + settings.dataDirectory().resolve("segredos.properties")
                + "; claims tenant_id e app_metadata.role=admin, aud=authenticated)\n\n");
      }
      text.append(" Iniciar gravação:\n");
      text.append("   curl -s -X POST ").append(base).append("/api/100ms/recording/start");
      text.append(DEMO_BODY);
      text.append(" Parar gravação:\n");
      text.append("   curl -s -X POST ").append(base).append("/api/100ms/recording/stop");
      text.append(DEMO_BODY);
      text.append(" Gravações (o vídeo fica pronto alguns segundos depois de parar):\n");
      text.append("   curl -s -H \"$AUTH\" ").append(base).append("/api/gravacoes\n");
    }
    text.append("==========================================================\n");
    return text.toString();
  }
}
