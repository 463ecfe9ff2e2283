package br.com.gravacoes.adapters.persistence.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SecretCipherConcurrencyTest {

  private static final int THREADS = 16;
  private static final int VALUES_PER_THREAD = 250;

  @Test
  void givenManyThreadsSharingOneCipher_thenEveryValueRoundTripsWithAUniqueSealedForm()
      throws Exception {
    SecretCipher cipher =
        new SecretCipher(SecretKeyRing.parse("k1=" + SecretKeyRing.generateKey(), "k1"));
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<List<String>>> workers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      workers.add(
          () -> {
            start.await();
            List<String> sealedValues = new ArrayList<>();
            for (int i = 0; i < VALUES_PER_THREAD; i++) {
              String context = "credenciais_100ms.app_secret:tenant-" + thread;
              String plaintext = "secret-" + thread + "-" + i;
              String sealed = cipher.seal(plaintext, context);
              assertThat(cipher.open(sealed, context)).isEqualTo(plaintext);
              sealedValues.add(sealed);
            }
            return sealedValues;
          });
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (Callable<List<String>> worker : workers) {
        results.add(pool.submit(worker));
      }
      start.countDown();
      Set<String> all = new HashSet<>();
      for (Future<List<String>> result : results) {
        all.addAll(result.get(60, TimeUnit.SECONDS));
      }
      assertThat(all).hasSize(THREADS * VALUES_PER_THREAD);
    } finally {
      pool.shutdownNow();
    }
  }
}
