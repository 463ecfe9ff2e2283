package br.com.gravacoes.application.testing;

import br.com.gravacoes.application.port.out.SessionProviderException;
import br.com.gravacoes.application.testing.FakeRecordingSessionPort.Operation;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Queue;

/** The misbehaviour a test scripts for the fake 100ms, each used once. */
final class ScriptedFaults {

  private final Map<Operation, Queue<SessionProviderException>> failures =
      new EnumMap<>(Operation.class);
  private SessionProviderException lostStartAnswer;
  private RuntimeException nextStartBreaks;
  private final Map<Operation, Runnable> before = new EnumMap<>(Operation.class);

  void failNext(Operation operation, SessionProviderException failure) {
    failures.computeIfAbsent(operation, o -> new ArrayDeque<>()).add(failure);
  }

  void loseNextStartAnswer(SessionProviderException failure) {
    lostStartAnswer = failure;
  }

  void breakNextStart(RuntimeException failure) {
    nextStartBreaks = failure;
  }

  void beforeNext(Operation operation, Runnable action) {
    before.put(operation, action);
  }

  /** Throws the failure queued for the operation, if any. */
  void throwIfQueued(Operation operation) {
    Queue<SessionProviderException> queued = failures.get(operation);
    if (queued != null && !queued.isEmpty()) {
      throw queued.remove();
    }
  }

  void throwIfStartBreaks() {
    RuntimeException failure = nextStartBreaks;
    nextStartBreaks = null;
    if (failure != null) {
      throw failure;
    }
  }

  /** After a start was performed: throws if its answer is to be lost. */
  void throwIfStartAnswerLost() {
    SessionProviderException lost = lostStartAnswer;
    lostStartAnswer = null;
    if (lost != null) {
      throw lost;
    }
  }

  void runBefore(Operation operation) {
    Runnable action = before.remove(operation);
    if (action != null) {
      action.run();
    }
  }
}
