package br.com.gravacoes.adapters.supabase;

import br.com.gravacoes.application.port.out.MirrorRejectedException;
import br.com.gravacoes.application.port.out.MirroredRecording;
import br.com.gravacoes.application.port.out.RecordingMirrorPort;
import br.com.gravacoes.domain.tenant.MirrorProject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Mirrors recordings into a tenant's Supabase table {@code gravacoes}: a bulk upsert on {@code id}
 * with the service key, exactly as supabase-js sends it. A translation layer only: what to send and
 * when is the delivery service's business.
 */
@ApplicationScoped
public class SupabaseRecordingMirror implements RecordingMirrorPort {

  private static final String TABLE = "gravacoes";

  private final Map<URI, PostgrestApi> clients = new ConcurrentHashMap<>();
  private Duration connectTimeout;
  private Duration readTimeout;

  /** For the CDI proxy only. */
  protected SupabaseRecordingMirror() {}

  @Inject
  public SupabaseRecordingMirror(MirrorSettings settings) {
    this(settings.connectTimeout(), settings.readTimeout());
  }

  SupabaseRecordingMirror(Duration connectTimeout, Duration readTimeout) {
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
  }

  @Override
  public void upsert(MirrorProject project, List<MirroredRecording> rows) {
    JsonArrayBuilder body = Json.createArrayBuilder();
    rows.forEach(row -> body.add(MirrorRowJson.of(row)));
    Response answer;
    try {
      answer =
          clientFor(project.url())
              .upsert(
                  TABLE,
                  "id",
                  MirrorRowJson.COLUMNS_PARAMETER,
                  project.serviceKey(),
                  "Bearer " + project.serviceKey(),
                  "resolution=merge-duplicates,return=minimal",
                  "public",
                  body.build());
    } catch (ProcessingException failure) {
      throw TransportFailures.unavailable(failure);
    }
    try (answer) {
      if (!PostgrestErrorMapper.isSuccess(answer.getStatus())) {
        // A redirect or an informational answer: the mapper only sees 4xx and 5xx.
        throw new PostgrestErrorMapper().toThrowable(answer);
      }
    }
  }

  private PostgrestApi clientFor(URI projectUrl) {
    URI base = withoutTrailingSlash(projectUrl);
    return clients.computeIfAbsent(
        base,
        url -> {
          try {
            return RestClientBuilder.newBuilder()
                .baseUri(url)
                .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                // A redirect would carry the service key to another host.
                .property("jersey.config.client.followRedirects", false)
                .build(PostgrestApi.class);
          } catch (IllegalArgumentException | IllegalStateException badUrl) {
            throw new MirrorRejectedException("URL do projeto Supabase inválida: " + url);
          }
        });
  }

  private static URI withoutTrailingSlash(URI url) {
    String text = url.toString();
    return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : url;
  }
}
