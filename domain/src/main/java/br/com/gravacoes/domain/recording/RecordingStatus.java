package br.com.gravacoes.domain.recording;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a recording is in its life, with the codes the seed stores in {@code gravacoes.status}.
 *
 * <pre>
 * recording ──► processing ──► completed
 *     │              └───────► failed
 *     ├──────────────────────► completed   (asset ready at stop)
 *     └──────────────────────► failed
 * </pre>
 *
 * Completed and failed are terminal: nothing moves a recording out of them.
 */
public enum RecordingStatus {
  RECORDING("recording"),
  PROCESSING("processing"),
  COMPLETED("completed"),
  FAILED("failed");

  private final String code;

  RecordingStatus(String code) {
    this.code = code;
  }

  /** The code stored in the database and sent to frontends and Supabase. */
  public String code() {
    return code;
  }

  public static RecordingStatus fromCode(String code) {
    return Arrays.stream(values())
        .filter(status -> status.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown recording status: " + code));
  }

  public boolean isTerminal() {
    return this == COMPLETED || this == FAILED;
  }

  public boolean canMoveTo(RecordingStatus target) {
    return successors().contains(target);
  }

  private Set<RecordingStatus> successors() {
    return switch (this) {
      case RECORDING -> EnumSet.of(PROCESSING, COMPLETED, FAILED);
      case PROCESSING -> EnumSet.of(COMPLETED, FAILED);
      case COMPLETED, FAILED -> EnumSet.noneOf(RecordingStatus.class);
    };
  }
}
