package br.com.gravacoes.systemtests;

import java.util.List;

/**
 * What {@link EndState} found: how many recordings it checked and how many broke each promise, with
 * a description of the first problems.
 *
 * @param lost starts or stops answered 200 that the table does not show
 * @param duplicates rooms with two active recordings, here or at 100ms, or two rows for one 100ms
 *     recording
 * @param orphans recordings running at 100ms without an active local row
 * @param stuck rows still {@code recording} or {@code processing} once the load came to rest
 * @param mirrorMismatches rows that differ between the table and a tenant's Supabase mirror
 */
public record EndStateReport(
    int recordingsChecked,
    int lost,
    int duplicates,
    int orphans,
    int stuck,
    int mirrorMismatches,
    List<String> problems) {

  public EndStateReport {
    problems = List.copyOf(problems);
  }

  public boolean clean() {
    return lost + duplicates + orphans + stuck + mirrorMismatches == 0;
  }

  /** {@code lost=0 duplicates=0 orphans=0 stuck=0 mirror mismatches=0}. */
  public String counts() {
    return "lost="
        + lost
        + " duplicates="
        + duplicates
        + " orphans="
        + orphans
        + " stuck="
        + stuck
        + " mirror mismatches="
        + mirrorMismatches;
  }

  @Override
  public String toString() {
    return "recordings=" + recordingsChecked + " " + counts() + (clean() ? "" : " " + problems);
  }
}
