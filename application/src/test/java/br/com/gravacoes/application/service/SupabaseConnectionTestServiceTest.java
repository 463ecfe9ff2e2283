package br.com.gravacoes.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.gravacoes.application.port.in.Actor;
import br.com.gravacoes.application.port.in.ConnectionTestResult;
import br.com.gravacoes.application.port.in.InvalidSettingsException;
import br.com.gravacoes.application.port.in.TestSupabaseConnectionCommand;
import br.com.gravacoes.application.port.out.MirrorProjectCheck;
import br.com.gravacoes.application.port.out.MirrorProjectCheck.Verdict;
import br.com.gravacoes.application.port.out.MirrorRejectedException;
import br.com.gravacoes.application.port.out.MirrorUnavailableException;
import br.com.gravacoes.application.testing.InMemoryMirrorProjectRepository;
import br.com.gravacoes.application.testing.RecordingMirrorDouble;
import br.com.gravacoes.domain.tenant.MirrorProject;
import br.com.gravacoes.domain.tenant.TenantId;
import java.net.URI;
import org.junit.jupiter.api.Test;

class SupabaseConnectionTestServiceTest {

  private static final TenantId ACME = new TenantId("acme");
  private static final Actor ANA = new Actor("ana", ACME, null);
  private static final MirrorProject SAVED =
      new MirrorProject(URI.create("https://acme.supabase.co"), "saved-service-key");

  private final InMemoryMirrorProjectRepository projects = new InMemoryMirrorProjectRepository();
  private final RecordingMirrorDouble supabase = new RecordingMirrorDouble();
  private final SupabaseConnectionTestService service =
      new SupabaseConnectionTestService(projects, supabase);

  private ConnectionTestResult test(String url, String key) {
    return service.test(new TestSupabaseConnectionCommand(ANA, url, key));
  }

  @Test
  void givenAProjectThatTakesTheRows_thenTheTestPasses_withoutWritingAny() {
    assertThat(test("https://acme.supabase.co", "a-key").ok()).isTrue();

    assertThat(supabase.checks())
        .containsExactly(new MirrorProject(URI.create("https://acme.supabase.co"), "a-key"));
    assertThat(supabase.calls()).isEmpty();
  }

  @Test
  void eachVerdictIsWordedAsTheReasonToFix() {
    assertThat(reasonFor(MirrorProjectCheck.of(Verdict.KEY_REJECTED))).isEqualTo("chave inválida");
    assertThat(reasonFor(MirrorProjectCheck.of(Verdict.PUBLIC_KEY)))
        .startsWith("chave inválida: esta é a chave pública (anon)");
    assertThat(reasonFor(MirrorProjectCheck.of(Verdict.TABLE_MISSING)))
        .isEqualTo("tabela gravacoes não encontrada");
    assertThat(reasonFor(MirrorProjectCheck.columnMissing("thumbnail_url")))
        .isEqualTo("coluna thumbnail_url ausente");
  }

  private String reasonFor(MirrorProjectCheck verdict) {
    supabase.answerChecks(() -> verdict);
    return test("https://acme.supabase.co", "a-key").error();
  }

  @Test
  void givenTheProjectDown_thenItIsUnreachable() {
    supabase.answerChecks(
        () -> {
          throw new MirrorUnavailableException("Supabase inacessível (conexão recusada)", null);
        });

    assertThat(test("https://acme.supabase.co", "a-key"))
        .isEqualTo(ConnectionTestResult.failed("Supabase inacessível"));
  }

  @Test
  void givenAnotherRefusal_thenItsWordsAreTheReason() {
    supabase.answerChecks(
        () -> {
          throw new MirrorRejectedException("Supabase recusou a verificação (HTTP 404)");
        });

    assertThat(test("https://acme.supabase.co", "a-key").error())
        .isEqualTo("Supabase recusou a verificação (HTTP 404)");
  }

  @Test
  void givenNothingInTheForm_thenTheSavedProjectIsTested() {
    projects.save(ACME, SAVED);

    assertThat(service.test(TestSupabaseConnectionCommand.saved(ANA)).ok()).isTrue();
    assertThat(supabase.checks()).containsExactly(SAVED);
  }

  @Test
  void givenOnlyANewKey_thenItIsTestedAgainstTheSavedUrl() {
    projects.save(ACME, SAVED);

    test(null, "new-key");

    assertThat(supabase.checks()).containsExactly(new MirrorProject(SAVED.url(), "new-key"));
  }

  @Test
  void givenTheSavedUrl_thenTheSavedKeyGoesWithIt_butNeverToAnotherUrl() {
    projects.save(ACME, SAVED);

    test("https://acme.supabase.co/", null);
    assertThatThrownBy(() -> test("https://attacker.example", null))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessage("serviceKey é obrigatório ao trocar a URL do projeto");

    assertThat(supabase.checks()).containsExactly(SAVED);
  }

  @Test
  void givenNothingGivenNorSaved_thenThereIsNothingToTest() {
    assertThatThrownBy(() -> service.test(TestSupabaseConnectionCommand.saved(ANA)))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageStartingWith("url é obrigatório");
  }
}
