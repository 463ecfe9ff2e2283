package br.com.gravacoes.application.port.out;

import br.com.gravacoes.domain.recording.RecordingId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Which recordings the reconciler should look at, and when next. A claim is a lease: another
 * instance never gets a recording while someone else holds it.
 */
public interface ReconcileSchedule {

  /**
   * A recording to reconcile, how many checks it had already, and when this claim's lease ends: the
   * lease end identifies the claim, so a holder whose lease ran out cannot touch the next holder's
   * schedule.
   */
  record Ticket(RecordingId id, int attempts, Instant leasedUntil) {}

  /**
   * Claims up to {@code limit} due recordings for {@code lease}: processing ones, active ones
   * created more than {@code activeAfter} ago (100ms may have stopped them by itself), and start
   * claims 100ms never confirmed created more than {@code unconfirmedAfter} ago.
   */
  List<Ticket> claimDue(
      Instant now, int limit, Duration lease, Duration activeAfter, Duration unconfirmedAfter);

  /**
   * Looks at the recording again at {@code next}; counts the attempt and releases the lease. {@code
   * now} is when the recording was looked at: a change after it makes it due at once.
   */
  void reschedule(Ticket ticket, Instant next, String lastError, Instant now);

  /** The recording reached a final state: forget its schedule (if the claim is still ours). */
  void finish(Ticket ticket);

  /** Forgets the schedules of recordings that reached a final state elsewhere (a webhook). */
  void forgetFinished();
}
