package br.com.gravacoes.adapters.hms;

import br.com.gravacoes.application.port.out.CredentialsCheck;
import br.com.gravacoes.application.port.out.PlaybackUrl;
import br.com.gravacoes.application.port.out.RecordingSessionPort;
import br.com.gravacoes.application.port.out.SessionProviderException;
import br.com.gravacoes.application.port.out.SessionRecording;
import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.tenant.HmsCredentials;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Measures every call the application makes to 100ms through the {@link RecordingSessionPort} (a
 * CDI decorator, so the adapter and its tests stay as they are): latency per operation and failures
 * per operation and kind, as {@link HmsCallMetrics} records them.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public class MeteredRecordingSession implements RecordingSessionPort {

  @Inject @Delegate RecordingSessionPort delegate;
  @Inject HmsCallMetrics metrics;

  @Override
  public SessionRecording start(HmsCredentials credentials, RoomId roomId) {
    return measure("start", () -> delegate.start(credentials, roomId));
  }

  @Override
  public Optional<SessionRecording> findRunning(HmsCredentials credentials, RoomId roomId) {
    return measure("find_running", () -> delegate.findRunning(credentials, roomId));
  }

  @Override
  public List<SessionRecording> stopRoom(HmsCredentials credentials, RoomId roomId) {
    return measure("stop_room", () -> delegate.stopRoom(credentials, roomId));
  }

  @Override
  public void stopRecording(HmsCredentials credentials, String recordingId) {
    measure(
        "stop_recording",
        () -> {
          delegate.stopRecording(credentials, recordingId);
          return null;
        });
  }

  @Override
  public SessionRecording getRecording(HmsCredentials credentials, String recordingId) {
    return measure("get_recording", () -> delegate.getRecording(credentials, recordingId));
  }

  @Override
  public PlaybackUrl playbackUrl(HmsCredentials credentials, String assetId) {
    return measure("presigned_url", () -> delegate.playbackUrl(credentials, assetId));
  }

  @Override
  public CredentialsCheck checkCredentials(HmsCredentials credentials) {
    return measure("check_credentials", () -> delegate.checkCredentials(credentials));
  }

  /**
   * Calls the delegate from this frame, never from inside another bean: Weld finds the next link of
   * the decorator chain by the call stack, and a delegate called through another bean's proxy would
   * enter this decorator again.
   */
  private <T> T measure(String operation, Supplier<T> call) {
    long began = System.nanoTime();
    SessionProviderException failure = null;
    try {
      return call.get();
    } catch (SessionProviderException failed) {
      failure = failed;
      throw failed;
    } finally {
      metrics.record(operation, Duration.ofNanos(System.nanoTime() - began), failure);
    }
  }
}
