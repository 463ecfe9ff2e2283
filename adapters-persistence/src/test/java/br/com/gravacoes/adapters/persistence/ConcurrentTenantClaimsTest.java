package br.com.gravacoes.adapters.persistence;

import static br.com.gravacoes.adapters.persistence.RecordingFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.application.port.out.MirrorOutbox.TenantClaim;
import br.com.gravacoes.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Two instances claiming tenants at once never both hold one while its lease is live. */
class ConcurrentTenantClaimsTest extends MirrorOutboxTestBase {

  private static final int TENANTS = 6;
  private static final int ROUNDS = 25;

  /** A claim made in a round; every round starts when all leases of the one before have ended. */
  record RoundClaim(int round, TenantId tenant) {}

  @Test
  void givenTwoClaimersLoopingAtOnce_thenEachRoundEveryTenantIsClaimedExactlyOnce()
      throws Exception {
    List<TenantId> tenants =
        IntStream.range(0, TENANTS).mapToObj(i -> new TenantId("tenant-" + i)).toList();
    tenants.forEach(tenant -> changedRecording(tenant, NOW));
    CyclicBarrier roundStart = new CyclicBarrier(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<List<RoundClaim>> first = threads.submit(claimEveryRound(roundStart));
      Future<List<RoundClaim>> second = threads.submit(claimEveryRound(roundStart));
      List<RoundClaim> claimed = new ArrayList<>(first.get(60, TimeUnit.SECONDS));
      claimed.addAll(second.get(60, TimeUnit.SECONDS));

      List<RoundClaim> expected =
          IntStream.range(0, ROUNDS)
              .boxed()
              .flatMap(round -> tenants.stream().map(tenant -> new RoundClaim(round, tenant)))
              .toList();
      assertThat(claimed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    } finally {
      threads.shutdownNow();
    }
  }

  /** One instance's worker: each round, claims at that round's time until nothing is left. */
  private static Callable<List<RoundClaim>> claimEveryRound(CyclicBarrier roundStart) {
    return () -> {
      List<RoundClaim> mine = new ArrayList<>();
      for (int round = 0; round < ROUNDS; round++) {
        roundStart.await(30, TimeUnit.SECONDS);
        Instant now = NOW.plus(LEASE.multipliedBy(round));
        Optional<TenantClaim> claim;
        while ((claim = outbox.claimTenant(now, LEASE)).isPresent()) {
          assertThat(claim.get().leasedUntil()).isEqualTo(now.plus(LEASE));
          mine.add(new RoundClaim(round, claim.get().tenant()));
        }
      }
      return mine;
    };
  }
}
