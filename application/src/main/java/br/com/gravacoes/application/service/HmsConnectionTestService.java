package br.com.gravacoes.application.service;

import br.com.gravacoes.application.port.in.ConnectionTestResult;
import br.com.gravacoes.application.port.in.InvalidSettingsException;
import br.com.gravacoes.application.port.in.TestHmsConnectionCommand;
import br.com.gravacoes.application.port.in.TestHmsConnectionUseCase;
import br.com.gravacoes.application.port.out.HmsCredentialsRepository;
import br.com.gravacoes.application.port.out.RecordingSessionPort;
import br.com.gravacoes.application.port.out.SessionProviderRejectedException;
import br.com.gravacoes.application.port.out.SessionProviderTimeoutException;
import br.com.gravacoes.application.port.out.SessionProviderUnavailableException;
import br.com.gravacoes.domain.tenant.HmsCredentials;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Optional;

/**
 * "Testar Conexão 100ms": asks 100ms, with the given credentials or the saved ones, and words its
 * answer as the one reason the administrator can act on. Nothing is saved.
 */
public final class HmsConnectionTestService implements TestHmsConnectionUseCase {

  private static final Logger LOG = System.getLogger("gravacoes.integrations");

  private final HmsCredentialsRepository credentials;
  private final RecordingSessionPort sessions;

  public HmsConnectionTestService(
      HmsCredentialsRepository credentials, RecordingSessionPort sessions) {
    this.credentials = credentials;
    this.sessions = sessions;
  }

  @Override
  public ConnectionTestResult test(TestHmsConnectionCommand command) {
    HmsCredentials tested = credentialsToTest(command);
    ConnectionTestResult result = ask(tested);
    LOG.log(
        Level.INFO,
        "[Integrações] Teste de conexão 100ms para tenant: {0}, appAccessKey: {1}: {2}",
        command.actor().tenant(),
        tested.appAccessKey(),
        result.ok() ? "ok" : result.error());
    return result;
  }

  private ConnectionTestResult ask(HmsCredentials tested) {
    try {
      return switch (sessions.checkCredentials(tested)) {
        case ACCEPTED -> ConnectionTestResult.passed();
        case UNKNOWN_ACCESS_KEY -> ConnectionTestResult.failed("chave de acesso inválida");
        case WRONG_SECRET -> ConnectionTestResult.failed("segredo inválido");
        case REFUSED -> ConnectionTestResult.failed("chave de acesso ou segredo inválido");
      };
    } catch (SessionProviderTimeoutException slow) {
      return ConnectionTestResult.failed("100ms inacessível (tempo esgotado)");
    } catch (SessionProviderUnavailableException down) {
      LOG.log(Level.WARNING, "[Integrações] 100ms inacessível: {0}", down.getMessage());
      return ConnectionTestResult.failed("100ms inacessível");
    } catch (SessionProviderRejectedException refused) {
      return ConnectionTestResult.failed(refused.getMessage());
    }
  }

  /** Each field from the form when given, else from the saved credentials. */
  private HmsCredentials credentialsToTest(TestHmsConnectionCommand command) {
    Optional<HmsCredentials> saved =
        command.appAccessKey() != null && command.appSecret() != null
            ? Optional.empty()
            : credentials.findByTenant(command.actor().tenant());
    String accessKey =
        Optional.ofNullable(command.appAccessKey())
            .or(() -> saved.map(HmsCredentials::appAccessKey))
            .orElseThrow(() -> missing("appAccessKey"));
    String secret =
        Optional.ofNullable(command.appSecret())
            .or(() -> saved.map(HmsCredentials::appSecret))
            .orElseThrow(() -> missing("appSecret"));
    return new HmsCredentials(accessKey, secret, null);
  }

  private static InvalidSettingsException missing(String field) {
    return new InvalidSettingsException(
        field + " é obrigatório: não há credenciais do 100ms salvas para testar");
  }
}
