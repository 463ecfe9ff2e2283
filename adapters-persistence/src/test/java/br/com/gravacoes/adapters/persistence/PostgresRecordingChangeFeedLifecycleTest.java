package br.com.gravacoes.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.application.port.out.RecordingChange;
import br.com.gravacoes.application.port.out.RecordingChangeListener;
import org.junit.jupiter.api.Test;

/** The feed's thread ends with the application: a subscription coming after close starts none. */
class PostgresRecordingChangeFeedLifecycleTest {

  @Test
  void givenTheFeedWasClosed_thenALateSubscriptionStartsNoListeningThread() throws Exception {
    PostgresRecordingChangeFeed feed =
        new PostgresRecordingChangeFeed("jdbc:postgresql://127.0.0.1:1/ninguem");
    feed.close();

    AutoCloseable subscription = feed.subscribe(new Ignoring());
    feed.start();

    assertThat(feed.listening()).isFalse();
    subscription.close();
  }

  private static final class Ignoring implements RecordingChangeListener {
    @Override
    public void changed(RecordingChange change) {}

    @Override
    public void resync() {}
  }
}
