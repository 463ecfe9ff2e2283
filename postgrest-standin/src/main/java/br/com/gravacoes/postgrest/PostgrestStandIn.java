package br.com.gravacoes.postgrest;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * A real HTTP server standing in for Supabase projects' REST endpoints (gateway + PostgREST), each
 * backed by its own schema of a real PostgreSQL, for tests and benchmarks.
 */
public final class PostgrestStandIn implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(PostgrestStandIn.class.getName());

  /** Room for bursts of connections from benchmarks; the JDK default is small. */
  private static final int BACKLOG = 256;

  private static final Duration POOL_WAIT = Duration.ofSeconds(10);
  private static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

  static {
    // Without it every answer waits for the client's delayed ACK (about 40 ms). Read once, when
    // the first HttpServer of the JVM is created.
    if (System.getProperty(NO_DELAY_PROPERTY) == null) {
      System.setProperty(NO_DELAY_PROPERTY, "true");
    }
  }

  private final String host;
  private final Map<String, ProjectState> projects = new ConcurrentHashMap<>();
  private final StandInFaults sharedFaults = new StandInFaults();
  private final ConnectionPool pool;
  private final ExecutorService executor;
  private final ProjectRouter router;
  private volatile Consumer<WriteEvent> writeListener = event -> {};
  private HttpServer server;
  private int port;
  private boolean closed;

  private PostgrestStandIn(DataSource dataSource, StandInSettings settings) {
    host = settings.host();
    port = settings.port();
    pool = new ConnectionPool(dataSource, settings.poolSize(), POOL_WAIT);
    Database database = new Database(pool);
    router =
        new ProjectRouter(
            projects,
            sharedFaults,
            new InsertEndpoint(database, this::tellListener),
            new ReadEndpoint(database));
    executor =
        Executors.newFixedThreadPool(settings.threads(), DaemonThreads.named("postgrest-standin-"));
  }

  /** Starts on loopback, on a free port, with the default threads and connections. */
  public static PostgrestStandIn start(DataSource dataSource) {
    return start(dataSource, StandInSettings.defaults());
  }

  /** Binds and starts; fails if the port is taken. Connections are opened on first use. */
  public static PostgrestStandIn start(DataSource dataSource, StandInSettings settings) {
    PostgrestStandIn standIn =
        new PostgrestStandIn(Objects.requireNonNull(dataSource, "dataSource"), settings);
    standIn.up();
    return standIn;
  }

  /**
   * Serves {@code project} at {@code baseUrl(project.ref())}; its schema and tables are the
   * caller's (see {@link SupabaseTables}).
   */
  public void addProject(SupabaseProject project) {
    if (projects.putIfAbsent(project.ref(), new ProjectState(project)) != null) {
      throw new IllegalArgumentException("a project with ref " + project.ref() + " is served");
    }
  }

  /** {@code http://host:port}, where requests for unknown refs get the gateway's 404. */
  public URI origin() {
    String shownHost = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    return URI.create("http://" + shownHost + ":" + port());
  }

  /** The project's Supabase URL, e.g. {@code http://127.0.0.1:54321/abc}: the tenant setting. */
  public URI baseUrl(String ref) {
    state(ref);
    return URI.create(origin() + "/" + ref);
  }

  public synchronized int port() {
    return port;
  }

  /** Faults for every project. */
  public StandInFaults faults() {
    return sharedFaults;
  }

  /** Faults for one project, applied after the shared ones. */
  public StandInFaults faults(String ref) {
    return state(ref).faults();
  }

  /** Waits {@code wait} before answering each request of any project. */
  public void delay(Duration wait) {
    sharedFaults.delay(wait);
  }

  /** The next {@code count} requests, whatever the project, answer this instead. */
  public void failNext(int count, int status, String jsonBody) {
    sharedFaults.failNext(count, status, jsonBody);
  }

  /** Every request answers this until {@link #clearFaults()}. */
  public void failAlways(int status, String jsonBody) {
    sharedFaults.failAlways(status, jsonBody);
  }

  /** Clears the shared faults and every project's. */
  public void clearFaults() {
    sharedFaults.clear();
    projects.values().forEach(project -> project.faults().clear());
  }

  /** Closes the listening socket and open connections: new connections are refused. */
  public synchronized void down() {
    if (server != null) {
      server.stop(0);
      server = null;
    }
  }

  /** Listens again, on the same port as before. */
  public synchronized void up() {
    if (closed) {
      throw new IllegalStateException("the stand-in is closed");
    }
    if (server != null) {
      return;
    }
    try {
      server = HttpServer.create(new InetSocketAddress(host, port), BACKLOG);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "could not start the PostgREST stand-in on " + host + ":" + port, e);
    }
    server.createContext("/", router);
    server.setExecutor(executor);
    server.start();
    port = server.getAddress().getPort();
  }

  public synchronized boolean isUp() {
    return server != null;
  }

  /** Requests that reached the project since the last reset, whatever their answer. */
  public long requestsReceived(String ref) {
    return state(ref).requestsReceived();
  }

  /** Rows inserted or updated in the project since the last reset. */
  public long rowsWritten(String ref) {
    return state(ref).rowsWritten();
  }

  /** The last request the project received, with its headers, query and body. */
  public Optional<RecordedRequest> lastRequest(String ref) {
    return state(ref).lastRequest();
  }

  /** Zeroes the counters and forgets the last requests of every project. */
  public void resetObservations() {
    projects.values().forEach(ProjectState::resetObservations);
  }

  /**
   * Calls {@code listener} after each committed write, before the answer is sent; null removes it.
   */
  public void onWrite(Consumer<WriteEvent> listener) {
    writeListener = listener == null ? event -> {} : listener;
  }

  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      down();
      closed = true;
    }
    // Interrupts requests held by a delay.
    executor.shutdownNow();
    pool.close();
  }

  private ProjectState state(String ref) {
    ProjectState state = projects.get(ref);
    if (state == null) {
      throw new IllegalArgumentException("no project with ref " + ref);
    }
    return state;
  }

  private void tellListener(WriteEvent event) {
    try {
      writeListener.accept(event);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "write listener failed on " + event, e);
    }
  }
}
