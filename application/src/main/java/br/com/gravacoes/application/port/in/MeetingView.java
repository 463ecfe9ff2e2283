package br.com.gravacoes.application.port.in;

import br.com.gravacoes.domain.meeting.Meeting;
import br.com.gravacoes.domain.recording.Recording;
import java.util.Objects;
import java.util.Optional;

/** A meeting as its page shows it: the meeting and the recording running in its room, if any. */
public record MeetingView(Meeting meeting, Optional<Recording> activeRecording) {

  public MeetingView {
    Objects.requireNonNull(meeting, "meeting");
    Objects.requireNonNull(activeRecording, "active recording");
  }

  public boolean recording() {
    return activeRecording.isPresent();
  }
}
