package br.com.gravacoes.launcher;

/** What the Run command prints once the service answers: where it is and how to try it. */
final class Banner {

  private static final String DEMO_BODY =
      " -H 'Content-Type: application/json' -d '{\"roomId\":\"sala-demo\"}'\n";

  private Banner() {}

  static String text(LauncherSettings settings) {
    String base = "http://localhost:" + settings.httpPort();
    StringBuilder text = new StringBuilder();
    text.append("\n==========================================================\n");
    text.append(" gravacoes pronto em ").append(base).append('\n');
    if (settings.demoMode()) {
      text.append(" Modo demonstração: simulador 100ms em http://127.0.0.1:")
          .append(settings.simulatorPort())
          .append("/v2, reunião demo na sala 'sala-demo'\n\n");
      text.append(" Iniciar gravação:\n");
      text.append("   curl -s -X POST ").append(base).append("/api/100ms/recording/start");
      text.append(DEMO_BODY);
      text.append(" Parar gravação:\n");
      text.append("   curl -s -X POST ").append(base).append("/api/100ms/recording/stop");
      text.append(DEMO_BODY);
      text.append(" Gravações (o vídeo fica pronto alguns segundos depois de parar):\n");
      text.append("   curl -s ").append(base).append("/api/gravacoes\n");
    }
    text.append("==========================================================\n");
    return text.toString();
  }
}
