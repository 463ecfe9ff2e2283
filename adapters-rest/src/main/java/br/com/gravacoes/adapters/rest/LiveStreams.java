package br.com.gravacoes.adapters.rest;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The open event streams of this instance and the threads that write to them: a few senders (the
 * container's managed threads, so they can read the database), and a timer that pings every stream
 * every 15 s. Closes every stream when the application stops.
 */
@ApplicationScoped
public class LiveStreams {

  static final long PING_SECONDS = 15;
  private static final int SENDERS = 4;
  private static final String THREAD_FACTORY = "java:comp/DefaultManagedThreadFactory";

  private final Set<RecordingEventStream> open = ConcurrentHashMap.newKeySet();
  private ThreadPoolExecutor senders;
  private ScheduledExecutorService timer;

  synchronized Executor senders() {
    start();
    return senders;
  }

  void opened(RecordingEventStream stream) {
    open.add(stream);
  }

  void closed(RecordingEventStream stream) {
    open.remove(stream);
  }

  private void start() {
    if (senders != null) {
      return;
    }
    ThreadFactory threads = threadFactory();
    senders =
        new ThreadPoolExecutor(
            SENDERS, SENDERS, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
    senders.allowCoreThreadTimeOut(true);
    timer = new ScheduledThreadPoolExecutor(1, threads);
    timer.scheduleAtFixedRate(
        () -> open.forEach(RecordingEventStream::ping),
        PING_SECONDS,
        PING_SECONDS,
        TimeUnit.SECONDS);
  }

  @PreDestroy
  synchronized void stop() {
    open.forEach(RecordingEventStream::close);
    if (timer != null) {
      timer.shutdownNow();
      senders.shutdownNow();
    }
  }

  /** Managed threads inside the container; plain ones where there is none (unit tests). */
  private static ThreadFactory threadFactory() {
    try {
      return InitialContext.<ManagedThreadFactory>doLookup(THREAD_FACTORY);
    } catch (NamingException | RuntimeException outsideContainer) {
      return runnable -> {
        Thread thread = new Thread(runnable, "gravacoes-eventos");
        thread.setDaemon(true);
        return thread;
      };
    }
  }
}
