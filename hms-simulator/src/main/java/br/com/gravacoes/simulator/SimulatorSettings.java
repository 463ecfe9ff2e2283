package br.com.gravacoes.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * How a simulator is started.
 *
 * @param host address to bind to
 * @param port port to bind to; 0 picks a free one
 * @param assetDelay how long a stopped recording stays in post-processing before its asset is ready
 * @param publicBaseUrl base of the presigned file URLs handed out; null means {@code
 *     http://host:port}
 */
public record SimulatorSettings(String host, int port, Duration assetDelay, String publicBaseUrl) {

  public SimulatorSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(assetDelay, "assetDelay");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (assetDelay.isNegative()) {
      throw new IllegalArgumentException("assetDelay must not be negative: " + assetDelay);
    }
  }

  /** Loopback, a random free port, assets ready as soon as a recording stops. */
  public static SimulatorSettings defaults() {
    return new SimulatorSettings("127.0.0.1", 0, Duration.ZERO, null);
  }

  public SimulatorSettings withHost(String newHost) {
    return new SimulatorSettings(newHost, port, assetDelay, publicBaseUrl);
  }

  public SimulatorSettings withPort(int newPort) {
    return new SimulatorSettings(host, newPort, assetDelay, publicBaseUrl);
  }

  public SimulatorSettings withAssetDelay(Duration newAssetDelay) {
    return new SimulatorSettings(host, port, newAssetDelay, publicBaseUrl);
  }

  public SimulatorSettings withPublicBaseUrl(String newPublicBaseUrl) {
    return new SimulatorSettings(host, port, assetDelay, newPublicBaseUrl);
  }
}
