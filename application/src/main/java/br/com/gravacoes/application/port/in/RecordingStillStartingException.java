package br.com.gravacoes.application.port.in;

/**
 * The room's recording is still being started at 100ms (or its start is being resolved): it cannot
 * be stopped until 100ms has confirmed it, or a recording could be left running there.
 */
public class RecordingStillStartingException extends RuntimeException {

  public RecordingStillStartingException() {
    super("recording is still starting");
  }
}
