package br.com.gravacoes.adapters.supabase;

import br.com.gravacoes.application.port.out.RecordingMirrorPort;
import java.time.Duration;

/**
 * The Supabase mirror adapter outside the container, for the benchmarks: its timeout constructor is
 * package-private (the container builds it from {@link MirrorSettings}), so this factory lives in
 * its package, in the benchmarks jar.
 */
public final class BenchmarkMirror {

  private BenchmarkMirror() {}

  public static RecordingMirrorPort create(Duration connectTimeout, Duration readTimeout) {
    return new SupabaseRecordingMirror(connectTimeout, readTimeout);
  }
}
