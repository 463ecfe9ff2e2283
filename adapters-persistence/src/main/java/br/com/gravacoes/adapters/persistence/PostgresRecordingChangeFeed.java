package br.com.gravacoes.adapters.persistence;

import br.com.gravacoes.application.port.out.RecordingChange;
import br.com.gravacoes.application.port.out.RecordingChangeFeed;
import br.com.gravacoes.application.port.out.RecordingChangeListener;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The recording change feed on PostgreSQL's LISTEN/NOTIFY: migration V6's trigger announces every
 * write of {@code gravacoes} on commit, whichever instance made it, and one connection of this
 * instance listens ({@link ListenLoop}, its own thread, reconnecting when PostgreSQL goes away).
 */
@ApplicationScoped
public class PostgresRecordingChangeFeed implements RecordingChangeFeed {

  private static final Logger LOG = System.getLogger("gravacoes.live");

  private final List<RecordingChangeListener> listeners = new CopyOnWriteArrayList<>();
  private String jdbcUrl;
  private ListenLoop loop;
  private boolean closed;

  /** For CDI. */
  protected PostgresRecordingChangeFeed() {}

  /** The data source's own JDBC URL (user and password as parameters). */
  @Inject
  public PostgresRecordingChangeFeed(@ConfigProperty(name = "gravacoes.db.url") String jdbcUrl) {
    this.jdbcUrl = jdbcUrl;
  }

  /** Listens from startup, so no change made before a page connects can slip by unheard. */
  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    start();
  }

  @Override
  public AutoCloseable subscribe(RecordingChangeListener listener) {
    start();
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /**
   * Starts the listening thread once; never again after {@link #close()}, which nothing would stop.
   */
  synchronized void start() {
    if (closed) {
      LOG.log(Level.DEBUG, "[Live] Feed de mudanças já encerrado: não volta a escutar");
      return;
    }
    if (loop == null) {
      loop = new ListenLoop(jdbcUrl, this::dispatch, this::resync);
      Thread thread = new Thread(loop, "gravacoes-avisos-de-gravacoes");
      thread.setDaemon(true);
      thread.start();
    }
  }

  @PreDestroy
  public synchronized void close() {
    closed = true;
    if (loop != null) {
      loop.stop();
      loop = null;
    }
  }

  /** Whether a listening thread is running (for tests). */
  synchronized boolean listening() {
    return loop != null;
  }

  private void dispatch(RecordingChange change) {
    for (RecordingChangeListener listener : listeners) {
      try {
        listener.changed(change);
      } catch (RuntimeException failure) {
        LOG.log(Level.WARNING, "[Live] Ouvinte de mudanças falhou", failure);
      }
    }
  }

  private void resync() {
    for (RecordingChangeListener listener : listeners) {
      try {
        listener.resync();
      } catch (RuntimeException failure) {
        LOG.log(Level.WARNING, "[Live] Ouvinte de mudanças falhou", failure);
      }
    }
  }
}
