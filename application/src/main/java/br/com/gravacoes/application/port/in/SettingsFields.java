package br.com.gravacoes.application.port.in;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads the fields of the integration settings forms: trims what was pasted, refuses what cannot
 * work, in Portuguese. A secret left blank or sent back masked means "keep the saved one" (null).
 */
final class SettingsFields {

  static final int MAX_ACCESS_KEY = 128;
  static final int MAX_APP_SECRET = 512;
  static final int MIN_APP_SECRET_BYTES = 32;
  static final int MAX_TEMPLATE_ID = 128;
  static final int MAX_URL = 2048;
  static final int MAX_SERVICE_KEY = 4096;

  private SettingsFields() {}

  /** The 100ms app access key, or null when absent. */
  static String accessKey(String value) {
    return token(value, "appAccessKey", MAX_ACCESS_KEY);
  }

  /**
   * The 100ms app secret, or null to keep the saved one. 100ms app secrets sign HS256 tokens, which
   * need at least 256 bits: a shorter one is a copy-and-paste accident.
   */
  static String appSecret(String value) {
    if (SecretMask.isMask(value)) {
      return null;
    }
    String secret = token(value, "appSecret", MAX_APP_SECRET);
    if (secret != null && secret.getBytes(StandardCharsets.UTF_8).length < MIN_APP_SECRET_BYTES) {
      throw new InvalidSettingsException(
          "appSecret curto demais: o app secret do 100ms tem pelo menos "
              + MIN_APP_SECRET_BYTES
              + " caracteres");
    }
    return secret;
  }

  static String templateId(String value) {
    return token(value, "templateId", MAX_TEMPLATE_ID);
  }

  /** The Supabase service key, or null to keep the saved one. */
  static String serviceKey(String value) {
    return SecretMask.isMask(value) ? null : token(value, "serviceKey", MAX_SERVICE_KEY);
  }

  /**
   * The Supabase project URL, or null when absent: absolute http(s), with a host, without user
   * info, query or fragment (the client adds its own path and parameters), without a trailing
   * slash.
   */
  static URI projectUrl(String value) {
    String text = token(value, "url", MAX_URL);
    if (text == null) {
      return null;
    }
    URI url;
    try {
      url = new URI(text);
    } catch (URISyntaxException malformed) {
      throw new InvalidSettingsException("url inválida");
    }
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!url.isAbsolute() || !(scheme.equals("https") || scheme.equals("http"))) {
      throw new InvalidSettingsException(
          "url deve ser o endereço do projeto, como https://<projeto>.supabase.co");
    }
    if (url.getHost() == null) {
      throw new InvalidSettingsException("url inválida: falta o host");
    }
    if (url.getRawUserInfo() != null) {
      throw new InvalidSettingsException("url não pode conter usuário ou senha");
    }
    if (url.getRawQuery() != null || url.getRawFragment() != null) {
      throw new InvalidSettingsException("url não pode ter parâmetros (?...) nem fragmento (#...)");
    }
    // The scheme in lower case: "HTTPS://..." is the same project.
    return URI.create(scheme + text.substring(scheme.length()).replaceAll("/+$", ""));
  }

  /** Null for absent or blank; else the trimmed text, short, ASCII and without inner spaces. */
  private static String token(String value, String field, int maxLength) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() > maxLength) {
      throw new InvalidSettingsException(
          field + " deve ter no máximo " + maxLength + " caracteres");
    }
    if (text.codePoints()
        .anyMatch(
            c ->
                Character.isWhitespace(c)
                    || Character.isSpaceChar(c)
                    || Character.isISOControl(c))) {
      throw new InvalidSettingsException(field + " não pode conter espaços ou quebras de linha");
    }
    // Keys, secrets, template ids and project URLs are ASCII: anything else (an accent, an emoji,
    // an invisible direction mark, a lone surrogate the database would store as '?') is a paste
    // accident or an attack, and would be saved as a key that can never work.
    if (text.chars().anyMatch(c -> c > 0x7E)) {
      throw new InvalidSettingsException(
          field + " deve ter só caracteres ASCII (sem acentos, emojis ou símbolos invisíveis)");
    }
    return text;
  }

  static <T> T required(T value, String field) {
    if (value == null) {
      throw new InvalidSettingsException(field + " é obrigatório");
    }
    return value;
  }
}
