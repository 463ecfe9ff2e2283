package br.com.gravacoes.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretMaskTest {

  private static final String DOTS = "••••••••";

  @Test
  void givenALongSecret_thenOnlyItsLastFourCharactersShow() {
    assertThat(SecretMask.mask("hms-secret-0123456789abcd")).isEqualTo(DOTS + "abcd");
    assertThat(SecretMask.mask("0123456789abcdef")).isEqualTo(DOTS + "cdef");
  }

  @Test
  void givenAShortSecret_thenAtMostAQuarterShows() {
    assertThat(SecretMask.mask("12345678")).isEqualTo(DOTS + "78");
    assertThat(SecretMask.mask("123456789ab")).isEqualTo(DOTS + "ab");
    assertThat(SecretMask.mask("123456789abc")).isEqualTo(DOTS + "abc");
  }

  @Test
  void givenASecretUnderEightCharacters_thenOnlyDotsShow() {
    assertThat(SecretMask.mask("1234567")).isEqualTo(DOTS);
    assertThat(SecretMask.mask("a")).isEqualTo(DOTS);
    assertThat(SecretMask.mask("")).isEqualTo(DOTS);
  }

  @Test
  void givenNull_thenNull() {
    assertThat(SecretMask.mask(null)).isNull();
  }

  @Test
  void givenSupplementaryCharacters_thenNoSurrogateIsSplit() {
    assertThat(SecretMask.mask("segredo-com-😀🔑🔐🗝")).isEqualTo(DOTS + "😀🔑🔐🗝");
  }

  @Test
  void aMaskIsRecognised_soAFormThatSendsItBackKeepsTheSecret() {
    assertThat(SecretMask.isMask(SecretMask.mask("hms-secret-0123456789abcd"))).isTrue();
    assertThat(SecretMask.isMask(DOTS)).isTrue();
    assertThat(SecretMask.isMask("hms-secret-0123456789abcd")).isFalse();
    assertThat(SecretMask.isMask("•••abcd")).isFalse();
    assertThat(SecretMask.isMask(null)).isFalse();
  }
}
