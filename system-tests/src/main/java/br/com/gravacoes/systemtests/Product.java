package br.com.gravacoes.systemtests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The shipped product on disk: {@code payara-micro.jar} and {@code gravacoes.war}. */
public record Product(Path payaraJar, Path war) {

  /** System property naming the folder that holds both files. */
  public static final String FOLDER_PROPERTY = "gravacoes.product";

  /**
   * The folder named by {@value #FOLDER_PROPERTY}, else the first of the build's own outputs that
   * exists (this module's copy, then the launcher's package), relative to the working directory.
   */
  public static Product find() {
    String configured = System.getProperty(FOLDER_PROPERTY);
    List<Path> candidates =
        configured != null
            ? List.of(Path.of(configured))
            : List.of(
                Path.of("system-tests/target/gravacoes/lib"),
                Path.of("target/gravacoes/lib"),
                Path.of("launcher/target/gravacoes/lib"));
    for (Path folder : candidates) {
      Path war = folder.resolve("gravacoes.war");
      if (!Files.exists(war)) {
        war = folder.resolveSibling("gravacoes.war");
      }
      Path payara = folder.resolve("payara-micro.jar");
      if (Files.exists(payara) && Files.exists(war)) {
        return new Product(payara.toAbsolutePath(), war.toAbsolutePath());
      }
    }
    throw new IllegalStateException(
        "payara-micro.jar e gravacoes.war não encontrados em "
            + candidates
            + "; rode 'mvn -B package -DskipTests' antes");
  }
}
