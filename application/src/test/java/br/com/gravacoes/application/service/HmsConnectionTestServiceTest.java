package br.com.gravacoes.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.gravacoes.application.port.in.Actor;
import br.com.gravacoes.application.port.in.ConnectionTestResult;
import br.com.gravacoes.application.port.in.InvalidSettingsException;
import br.com.gravacoes.application.port.in.TestHmsConnectionCommand;
import br.com.gravacoes.application.port.out.SessionProviderRejectedException;
import br.com.gravacoes.application.port.out.SessionProviderTimeoutException;
import br.com.gravacoes.application.port.out.SessionProviderUnavailableException;
import br.com.gravacoes.application.testing.FakeRecordingSessionPort;
import br.com.gravacoes.application.testing.FakeRecordingSessionPort.Operation;
import br.com.gravacoes.application.testing.InMemoryHmsCredentialsRepository;
import br.com.gravacoes.domain.tenant.HmsCredentials;
import br.com.gravacoes.domain.tenant.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HmsConnectionTestServiceTest {

  private static final TenantId ACME = new TenantId("acme");
  private static final Actor ANA = new Actor("ana", ACME, null);
  private static final HmsCredentials APP =
      new HmsCredentials("access-key", "hms-app-secret-0123456789-abcdefghij", "tpl");
  private static final String WRONG_SECRET = "hms-app-secret-wrong-0123456789-abcdefg";

  private final InMemoryHmsCredentialsRepository credentials =
      new InMemoryHmsCredentialsRepository();
  private final FakeRecordingSessionPort hms = new FakeRecordingSessionPort();
  private final HmsConnectionTestService service = new HmsConnectionTestService(credentials, hms);

  @BeforeEach
  void anAppAt100ms() {
    hms.addApp(APP);
  }

  private ConnectionTestResult test(String accessKey, String secret) {
    return service.test(new TestHmsConnectionCommand(ANA, accessKey, secret));
  }

  @Test
  void givenCredentialsThat100msAccepts_thenTheTestPasses() {
    assertThat(test(APP.appAccessKey(), APP.appSecret())).isEqualTo(ConnectionTestResult.passed());
  }

  @Test
  void givenAnUnknownAccessKey_thenTheReasonIsTheAccessKey() {
    assertThat(test("someone-elses-key", APP.appSecret()))
        .isEqualTo(ConnectionTestResult.failed("chave de acesso inválida"));
  }

  @Test
  void givenTheWrongSecret_thenTheReasonIsTheSecret() {
    assertThat(test(APP.appAccessKey(), WRONG_SECRET))
        .isEqualTo(ConnectionTestResult.failed("segredo inválido"));
  }

  @Test
  void given100msRefusesWithoutSayingWhy_thenBothAreNamed() {
    hms.refuseTokensVaguely();

    assertThat(test(APP.appAccessKey(), WRONG_SECRET))
        .isEqualTo(ConnectionTestResult.failed("chave de acesso ou segredo inválido"));
  }

  @Test
  void given100msDownOrSlow_thenTheTestSaysSo() {
    hms.failNext(
        Operation.CHECK_CREDENTIALS,
        new SessionProviderUnavailableException("Não foi possível conectar ao 100ms", null));
    hms.failNext(
        Operation.CHECK_CREDENTIALS,
        new SessionProviderTimeoutException("O 100ms não respondeu a tempo", null));

    assertThat(test(APP.appAccessKey(), APP.appSecret()).error()).isEqualTo("100ms inacessível");
    assertThat(test(APP.appAccessKey(), APP.appSecret()).error())
        .isEqualTo("100ms inacessível (tempo esgotado)");
  }

  @Test
  void given100msRefusesTheCheckForAnotherReason_thenItsWordsAreTheReason() {
    hms.failNext(
        Operation.CHECK_CREDENTIALS,
        new SessionProviderRejectedException(403, "O 100ms recusou a verificação (403)"));

    assertThat(test(APP.appAccessKey(), APP.appSecret()).error())
        .isEqualTo("O 100ms recusou a verificação (403)");
  }

  @Test
  void givenNothingInTheForm_thenTheSavedCredentialsAreTested_andNothingIsSaved() {
    credentials.save(ACME, APP);

    assertThat(service.test(TestHmsConnectionCommand.saved(ANA)).ok()).isTrue();
    assertThat(credentials.findByTenant(ACME)).contains(APP);
  }

  @Test
  void givenOnlyANewAccessKey_thenItIsTestedWithTheSavedSecret() {
    credentials.save(ACME, APP);

    assertThat(test("new-access-key", null).error()).isEqualTo("chave de acesso inválida");
    assertThat(test(APP.appAccessKey(), null).ok()).isTrue();
  }

  @Test
  void givenAFormThatChangesNothing_thenItDoesNotChangeWhatIsSaved() {
    credentials.save(ACME, APP);

    test("new-access-key", WRONG_SECRET);

    assertThat(credentials.findByTenant(ACME)).contains(APP);
  }

  @Test
  void givenNothingGivenNorSaved_thenThereIsNothingToTest() {
    assertThatThrownBy(() -> service.test(TestHmsConnectionCommand.saved(ANA)))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageStartingWith("appAccessKey é obrigatório");
  }
}
