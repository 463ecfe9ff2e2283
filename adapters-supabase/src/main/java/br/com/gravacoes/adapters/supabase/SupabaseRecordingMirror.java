package br.com.gravacoes.adapters.supabase;

import br.com.gravacoes.application.port.out.MirrorProjectCheck;
import br.com.gravacoes.application.port.out.MirrorProjectCheck.Verdict;
import br.com.gravacoes.application.port.out.MirrorRejectedException;
import br.com.gravacoes.application.port.out.MirroredRecording;
import br.com.gravacoes.application.port.out.RecordingMirrorPort;
import br.com.gravacoes.domain.tenant.MirrorProject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
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
  private boolean allowInternalAddresses;

  /** For the CDI proxy only. */
  protected SupabaseRecordingMirror() {}

  @Inject
  public SupabaseRecordingMirror(MirrorSettings settings) {
    this(settings.connectTimeout(), settings.readTimeout(), settings.allowInternalAddresses());
  }

  /** On loopback, for tests and benchmarks: internal addresses allowed. */
  SupabaseRecordingMirror(Duration connectTimeout, Duration readTimeout) {
    this(connectTimeout, readTimeout, true);
  }

  SupabaseRecordingMirror(
      Duration connectTimeout, Duration readTimeout, boolean allowInternalAddresses) {
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
    this.allowInternalAddresses = allowInternalAddresses;
  }

  @Override
  public void upsert(MirrorProject project, List<MirroredRecording> rows) {
    JsonArrayBuilder body = MirrorRowJson.JSON.createArrayBuilder();
    rows.forEach(row -> body.add(MirrorRowJson.of(row)));
    send(clientFor(project.url()), project, body.build());
  }

  private static void send(PostgrestApi client, MirrorProject project, JsonArray rows) {
    Response answer;
    try {
      answer =
          client.upsert(
              TABLE,
              "id",
              MirrorRowJson.COLUMNS_PARAMETER,
              project.serviceKey(),
              "Bearer " + project.serviceKey(),
              "resolution=merge-duplicates,return=minimal",
              "public",
              rows);
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

  /**
   * The upsert request with no rows, on a client of its own (closed afterwards: a project being
   * tried out may never be used again). PostgREST checks the key, the table, every name in {@code
   * columns} and the {@code on_conflict} target before it writes, and an empty array writes
   * nothing.
   */
  @Override
  public MirrorProjectCheck check(MirrorProject project) {
    if (SupabaseKeys.isPublic(project.serviceKey())) {
      return MirrorProjectCheck.of(Verdict.PUBLIC_KEY);
    }
    PostgrestApi client = newClient(withoutTrailingSlash(project.url()));
    try {
      send(client, project, JsonValue.EMPTY_JSON_ARRAY);
      return MirrorProjectCheck.of(Verdict.ACCEPTED);
    } catch (PostgrestRefusal refusal) {
      return ProjectRefusals.verdict(refusal);
    } finally {
      close(client);
    }
  }

  private PostgrestApi clientFor(URI projectUrl) {
    return clients.computeIfAbsent(withoutTrailingSlash(projectUrl), this::newClient);
  }

  private PostgrestApi newClient(URI url) {
    if (!allowInternalAddresses) {
      ProjectAddresses.requirePublic(url);
    }
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
  }

  private static void close(PostgrestApi client) {
    try {
      ((AutoCloseable) client).close();
    } catch (Exception ignored) {
      // Only its connections are lost, and the check's answer is already known.
    }
  }

  private static URI withoutTrailingSlash(URI url) {
    String text = url.toString();
    return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : url;
  }
}
