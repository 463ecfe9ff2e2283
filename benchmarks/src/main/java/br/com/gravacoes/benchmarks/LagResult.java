package br.com.gravacoes.benchmarks;

import java.time.Duration;

/**
 * The steady-load scenario: the rate asked for and the rate the producer kept, for how long; the
 * lags of the changes after the warm-up (and, apart, of those during it); what the stand-in
 * counted; and how many mirrored rows were then checked equal to the local ones.
 */
record LagResult(
    int rate,
    double achievedRate,
    Duration duration,
    Duration warmup,
    Lags measured,
    Lags warmupLags,
    long requests,
    long rowsWritten,
    int rowsVerified,
    long workerFailures) {}
