package br.com.gravacoes.application.port.in;

/**
 * "Testar Conexão" of the Supabase settings: proves the key, the table and its columns without
 * writing a row.
 */
public interface TestSupabaseConnectionUseCase {

  /**
   * @return passed, or the reason (chave inválida, tabela gravacoes não encontrada, coluna X
   *     ausente, Supabase inacessível...)
   * @throws InvalidSettingsException nothing to test: no project given nor saved
   */
  ConnectionTestResult test(TestSupabaseConnectionCommand command);
}
