package br.com.gravacoes.adapters.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The other sites whose pages may call the API from the browser (the drop-in recording button
 * embedded elsewhere): {@code gravacoes.cors.allowed-origins}, {@code scheme://host[:port]}
 * separated by commas; empty, the default, allows none.
 */
@ApplicationScoped
public class CorsSettings {

  private Set<String> allowed;

  /** For the CDI proxy only. */
  protected CorsSettings() {}

  @Inject
  public CorsSettings(
      @ConfigProperty(name = "gravacoes.cors.allowed-origins", defaultValue = " ")
          String allowedOrigins) {
    this.allowed =
        Arrays.stream(allowedOrigins.split(","))
            .map(Origins::normalized)
            .filter(origin -> !origin.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
  }

  public boolean allows(String origin) {
    return origin != null && allowed.contains(Origins.normalized(origin));
  }
}
