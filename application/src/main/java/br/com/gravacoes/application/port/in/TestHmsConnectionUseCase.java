package br.com.gravacoes.application.port.in;

/** "Testar Conexão 100ms": asks 100ms whether it accepts the credentials, without saving them. */
public interface TestHmsConnectionUseCase {

  /**
   * @return passed, or the reason (chave de acesso inválida, segredo inválido, 100ms
   *     inacessível...)
   * @throws InvalidSettingsException nothing to test: no credentials given nor saved
   */
  ConnectionTestResult test(TestHmsConnectionCommand command);
}
