package br.com.gravacoes.application.port.in;

import br.com.gravacoes.application.port.out.SessionRecording;
import br.com.gravacoes.domain.recording.Recording;

/** The stored recording, and what 100ms answered when asked to start it. */
public record StartedRecording(Recording recording, SessionRecording sessionRecording) {}
