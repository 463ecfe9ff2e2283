/**
 * Recordings and their lifecycle: the {@link br.com.gravacoes.domain.recording.Recording} aggregate
 * and the {@link br.com.gravacoes.domain.recording.RecordingStatus} state machine.
 */
package br.com.gravacoes.domain.recording;
