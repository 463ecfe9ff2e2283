package br.com.gravacoes.application.port.in;

/** Stops the active recording of a meeting and keeps the video if 100ms already has it. */
public interface StopRecordingUseCase {

  /**
   * @throws MeetingNotFoundException no meeting is held in that room
   * @throws HmsCredentialsMissingException the meeting's tenant has no 100ms credentials
   * @throws NoActiveRecordingException nothing is being recorded in that room
   * @throws RecordingStopFailedException 100ms could not be asked to stop
   */
  StoppedRecording stop(StopRecordingCommand command);
}
