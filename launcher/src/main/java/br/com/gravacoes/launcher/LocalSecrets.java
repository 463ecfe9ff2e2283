package br.com.gravacoes.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The secrets of a local installation, made once and kept next to its data ({@code
 * segredos.properties}, readable by its owner only): the HS256 secret that signs and checks the
 * admins' tokens, and the key that encrypts integration secrets at rest. Keeping them across runs
 * keeps tokens valid and stored secrets readable.
 */
record LocalSecrets(String tokenSecret, String cryptoKeys) {

  private static final String FILE = "segredos.properties";
  private static final SecureRandom RANDOM = new SecureRandom();

  static LocalSecrets loadOrCreate(Path dataDirectory) throws IOException {
    Path file = dataDirectory.resolve(FILE);
    Properties stored = new Properties();
    if (Files.exists(file)) {
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        stored.load(in);
      }
    }
    boolean changed = false;
    if (stored.getProperty("auth.hs256-secret") == null) {
      stored.setProperty("auth.hs256-secret", random(48));
      changed = true;
    }
    if (stored.getProperty("crypto.keys") == null) {
      stored.setProperty("crypto.keys", "local1=" + Base64.getEncoder().encodeToString(bytes(32)));
      changed = true;
    }
    if (changed) {
      Files.createDirectories(dataDirectory);
      if (!Files.exists(file)) {
        Files.createFile(file);
        try {
          Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
          // Windows: the folder's own permissions apply.
        }
      }
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        stored.store(out, "gravacoes: segredos desta instalação local; não compartilhe");
      }
    }
    return new LocalSecrets(
        stored.getProperty("auth.hs256-secret"), stored.getProperty("crypto.keys"));
  }

  private static String random(int length) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(bytes(length))
        .substring(0, length);
  }

  private static byte[] bytes(int count) {
    byte[] bytes = new byte[count];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
