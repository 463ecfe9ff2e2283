package br.com.gravacoes.adapters.hms;

import br.com.gravacoes.application.port.out.CredentialsCheck;
import br.com.gravacoes.application.port.out.PlaybackUrl;
import br.com.gravacoes.application.port.out.RecordingSessionPort;
import br.com.gravacoes.application.port.out.SessionProviderUnavailableException;
import br.com.gravacoes.application.port.out.SessionRecording;
import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.tenant.HmsCredentials;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * The {@link RecordingSessionPort} backed by 100ms. It delegates to {@link HmsRecordingClient}
 * (where retries and the circuit breaker live) and words their own refusals, such as an open
 * circuit, as an unavailable provider.
 */
@ApplicationScoped
public class HmsRecordingSessionAdapter implements RecordingSessionPort {

  private HmsRecordingClient client;

  /** For the CDI proxy only. */
  protected HmsRecordingSessionAdapter() {}

  @Inject
  public HmsRecordingSessionAdapter(HmsRecordingClient client) {
    this.client = client;
  }

  @Override
  public SessionRecording start(HmsCredentials credentials, RoomId roomId) {
    return guarded(() -> client.start(credentials, roomId.value()));
  }

  @Override
  public Optional<SessionRecording> findRunning(HmsCredentials credentials, RoomId roomId) {
    return guarded(() -> client.findRunning(credentials, roomId.value()));
  }

  @Override
  public List<SessionRecording> stopRoom(HmsCredentials credentials, RoomId roomId) {
    return guarded(() -> client.stopRoom(credentials, roomId.value()));
  }

  @Override
  public void stopRecording(HmsCredentials credentials, String recordingId) {
    guarded(
        () -> {
          client.stopRecording(credentials, recordingId);
          return null;
        });
  }

  @Override
  public SessionRecording getRecording(HmsCredentials credentials, String recordingId) {
    return guarded(() -> client.getRecording(credentials, recordingId));
  }

  @Override
  public PlaybackUrl playbackUrl(HmsCredentials credentials, String assetId) {
    return guarded(() -> client.playbackUrl(credentials, assetId));
  }

  @Override
  public CredentialsCheck checkCredentials(HmsCredentials credentials) {
    return guarded(() -> client.checkCredentials(credentials));
  }

  private static <T> T guarded(Supplier<T> call) {
    try {
      return call.get();
    } catch (FaultToleranceException refused) {
      throw new SessionProviderUnavailableException(
          "O 100ms está indisponível; novas tentativas foram suspensas por alguns segundos",
          refused);
    }
  }
}
