package br.com.gravacoes.application.testing;

import br.com.gravacoes.application.port.out.RecordingChange;
import br.com.gravacoes.application.port.out.RecordingChangeFeed;
import br.com.gravacoes.application.port.out.RecordingChangeListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link RecordingChangeFeed} that the test drives: it announces changes and reconnections. */
public class InMemoryRecordingChangeFeed implements RecordingChangeFeed {

  private final List<RecordingChangeListener> listeners = new CopyOnWriteArrayList<>();

  @Override
  public AutoCloseable subscribe(RecordingChangeListener listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  public void announce(RecordingChange change) {
    listeners.forEach(listener -> listener.changed(change));
  }

  public void reconnected() {
    listeners.forEach(RecordingChangeListener::resync);
  }

  public int subscribers() {
    return listeners.size();
  }
}
