package br.com.gravacoes.domain.tenant;

import java.util.Objects;
import java.util.regex.Pattern;

/** The company (tenant) that owns meetings, recordings and 100ms credentials. */
public record TenantId(String value) {

  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}");

  public TenantId {
    Objects.requireNonNull(value, "tenant id");
    if (!ALLOWED.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "tenant id must be 1-128 letters, digits, '_', '.', ':' or '-'");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
