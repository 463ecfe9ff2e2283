package br.com.gravacoes.adapters.hms;

import br.com.gravacoes.application.port.out.CredentialsCheck;
import br.com.gravacoes.application.port.out.NoRunningRecordingException;
import br.com.gravacoes.application.port.out.PlaybackUrl;
import br.com.gravacoes.application.port.out.RecordingAlreadyRunningException;
import br.com.gravacoes.application.port.out.SessionProviderException;
import br.com.gravacoes.application.port.out.SessionProviderRejectedException;
import br.com.gravacoes.application.port.out.SessionProviderUnavailableException;
import br.com.gravacoes.application.port.out.SessionRecording;
import br.com.gravacoes.domain.tenant.HmsCredentials;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Calls 100ms's recording API on behalf of a tenant: signs the request, renews a refused token once
 * (as the official SDK does), and turns every failure into a {@link SessionProviderException}.
 * Calls that are safe to repeat are retried (starting and stopping a room are not); every call has
 * a circuit breaker of its own, so a dead 100ms fails fast instead of piling up requests.
 */
@ApplicationScoped
@Retry(
    retryOn = SessionProviderUnavailableException.class,
    maxRetries = 2,
    delay = 200,
    jitter = 100)
@CircuitBreaker(
    failOn = SessionProviderUnavailableException.class,
    requestVolumeThreshold = 10,
    failureRatio = 0.5,
    delay = 10_000)
public class HmsRecordingClient {

  private static final JsonObject EMPTY_BODY = Json.createObjectBuilder().build();
  private static final int LIST_LIMIT = 10;
  private static final List<String> RUNNING_STATUSES = List.of("running", "starting");

  private HmsRecordingsApi api;
  private HmsManagementTokens tokens;
  private long presignDurationSeconds;
  private Clock clock;

  /** For the CDI proxy only. */
  protected HmsRecordingClient() {}

  @Inject
  HmsRecordingClient(
      @ConfigProperty(name = "gravacoes.hms.base-url", defaultValue = "https://api.100ms.live/v2")
          URI baseUrl,
      @ConfigProperty(name = "gravacoes.hms.connect-timeout-ms", defaultValue = "2000")
          long connectTimeoutMs,
      @ConfigProperty(name = "gravacoes.hms.read-timeout-ms", defaultValue = "5000")
          long readTimeoutMs,
      @ConfigProperty(name = "gravacoes.hms.presign-duration-seconds", defaultValue = "3600")
          long presignDurationSeconds) {
    this(
        baseUrl,
        Duration.ofMillis(connectTimeoutMs),
        Duration.ofMillis(readTimeoutMs),
        presignDurationSeconds,
        Clock.systemUTC());
  }

  HmsRecordingClient(
      URI baseUrl,
      Duration connectTimeout,
      Duration readTimeout,
      long presignSeconds,
      Clock clock) {
    this.api =
        RestClientBuilder.newBuilder()
            .baseUri(baseUrl)
            .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
            .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
            .build(HmsRecordingsApi.class);
    this.tokens = new HmsManagementTokens(clock);
    this.presignDurationSeconds = presignSeconds;
    this.clock = clock;
  }

  @Retry(maxRetries = 0) // not safe to repeat blindly: a lost answer is handled by the caller
  public SessionRecording start(HmsCredentials credentials, String roomId) {
    return call(
        credentials,
        bearer -> HmsJsonTranslator.recording(api.start(bearer, roomId, EMPTY_BODY)),
        status ->
            status == 409 ? new RecordingAlreadyRunningException("beam already started") : null);
  }

  public Optional<SessionRecording> findRunning(HmsCredentials credentials, String roomId) {
    // Filtered by status at 100ms, so a room with a long history cannot hide its running one.
    for (String status : RUNNING_STATUSES) {
      Optional<SessionRecording> running =
          call(
                  credentials,
                  bearer ->
                      HmsJsonTranslator.recordings(api.list(bearer, roomId, status, LIST_LIMIT)),
                  s -> null)
              .stream()
              .filter(r -> r.status().isRunning())
              .findFirst();
      if (running.isPresent()) {
        return running;
      }
    }
    return Optional.empty();
  }

  @Retry(maxRetries = 0) // a repeated stop would turn into "beam not found"
  public List<SessionRecording> stopRoom(HmsCredentials credentials, String roomId) {
    return call(
        credentials,
        bearer -> HmsJsonTranslator.recordings(api.stopRoom(bearer, roomId, EMPTY_BODY)),
        HmsRecordingClient::beamNotFound);
  }

  public void stopRecording(HmsCredentials credentials, String recordingId) {
    call(
        credentials,
        bearer -> api.stopRecording(bearer, recordingId, EMPTY_BODY),
        HmsRecordingClient::beamNotFound);
  }

  public SessionRecording getRecording(HmsCredentials credentials, String recordingId) {
    return call(
        credentials,
        bearer -> HmsJsonTranslator.recording(api.get(bearer, recordingId)),
        s -> null);
  }

  public PlaybackUrl playbackUrl(HmsCredentials credentials, String assetId) {
    Instant requestedAt = clock.instant();
    HmsPresignedUrlJson presigned =
        call(
            credentials,
            bearer -> api.presignedUrl(bearer, assetId, presignDurationSeconds),
            s -> null);
    long lifetime = presigned.expiry == null ? presignDurationSeconds : presigned.expiry;
    return new PlaybackUrl(presigned.url, requestedAt.plusSeconds(lifetime));
  }

  /**
   * Lists the app's newest recordings with a token made for this check only: an authenticated read
   * that changes nothing at 100ms. A 401 says which part of the credentials is wrong as far as its
   * answer tells; anything else is translated as for the other calls.
   */
  @Retry(maxRetries = 0) // someone is waiting for the answer; one try says enough
  public CredentialsCheck checkCredentials(HmsCredentials credentials) {
    try {
      api.list("Bearer " + tokens.freshToken(credentials), null, null, LIST_LIMIT);
      return CredentialsCheck.ACCEPTED;
    } catch (HmsApiException error) {
      if (error.status() == 401) {
        return HmsTokenRefusals.verdict(error);
      }
      SessionProviderException failure = HmsFailures.fromStatus(error.status(), error.getMessage());
      if (failure instanceof SessionProviderRejectedException) {
        throw new SessionProviderRejectedException(
            error.status(),
            "O 100ms recusou a verificação das credenciais ("
                + error.status()
                + (error.getMessage() == null ? "" : ": " + error.getMessage())
                + ")");
      }
      throw failure;
    } catch (ProcessingException transport) {
      throw HmsFailures.fromTransport(transport);
    } catch (HmsSecretTooShortException tooShort) {
      // It cannot sign a token: no app secret of 100ms is that short.
      return CredentialsCheck.WRONG_SECRET;
    }
  }

  /**
   * Runs one call with the tenant's token; on 401 or 403 renews the token and tries once more, then
   * translates what is left. {@code specific} names the errors one call gives a meaning of its own
   * (409 on start, 404 on stop), or returns null.
   */
  private <T> T call(
      HmsCredentials credentials,
      Function<String, T> request,
      Function<Integer, SessionProviderException> specific) {
    try {
      try {
        return request.apply(bearer(credentials));
      } catch (HmsApiException refused) {
        if (refused.status() != 401 && refused.status() != 403) {
          throw refused;
        }
        tokens.invalidate(credentials);
        return request.apply(bearer(credentials));
      }
    } catch (HmsApiException error) {
      SessionProviderException meaning = specific.apply(error.status());
      throw meaning != null ? meaning : HmsFailures.fromStatus(error.status(), error.getMessage());
    } catch (ProcessingException transport) {
      throw HmsFailures.fromTransport(transport);
    } catch (HmsSecretTooShortException misconfigured) {
      throw new SessionProviderRejectedException(
          401, "O app secret do 100ms configurado para o tenant é inválido (curto demais)");
    }
  }

  private static SessionProviderException beamNotFound(int status) {
    return status == 404 ? new NoRunningRecordingException("beam not found") : null;
  }

  private String bearer(HmsCredentials credentials) {
    return "Bearer " + tokens.tokenFor(credentials);
  }
}
