package br.com.gravacoes.adapters.persistence;

import br.com.gravacoes.adapters.persistence.crypto.SecretCipher;
import br.com.gravacoes.adapters.persistence.crypto.SecretUnreadableException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/** Seals or re-seals the values of one secret column, row by row, for {@link SecretResealer}. */
final class ColumnResealer {

  private static final Logger LOG = System.getLogger(SecretResealer.class.getName());

  private final DataSource dataSource;
  private final SecretColumn column;
  private final SecretCipher cipher;
  private int sealed;
  private int resealed;
  private int current;
  private int unreadable;
  private int plainText;
  private int changedMeanwhile;

  /**
   * @param cipher null when no key is configured: the values are only counted
   */
  ColumnResealer(DataSource dataSource, SecretColumn column, SecretCipher cipher) {
    this.dataSource = dataSource;
    this.column = column;
    this.cipher = cipher;
  }

  ResealReport run() throws SQLException {
    // Outside any transaction, each statement commits by itself: one row at a time.
    try (Connection connection = dataSource.getConnection()) {
      for (Map.Entry<String, String> row : rows(connection).entrySet()) {
        String replacement = replacementFor(row.getKey(), row.getValue());
        if (replacement != null && !write(connection, row.getKey(), row.getValue(), replacement)) {
          changedMeanwhile++;
        }
      }
    }
    return new ResealReport(
        column, sealed, resealed, current, unreadable, plainText, changedMeanwhile);
  }

  /** The value to store instead, or null to leave the row as it is. */
  private String replacementFor(String tenantId, String stored) {
    boolean isSealed = StoredSecrets.isSealed(stored);
    if (cipher == null) {
      if (isSealed) {
        unreadable++;
      } else {
        plainText++;
      }
      return null;
    }
    if (!isSealed) {
      sealed++;
      return cipher.seal(stored, column.context(tenantId));
    }
    if (cipher.isSealedWithActiveKey(stored)) {
      current++;
      return null;
    }
    try {
      String replacement = cipher.reseal(stored, column.context(tenantId));
      resealed++;
      return replacement;
    } catch (SecretUnreadableException e) {
      unreadable++;
      LOG.log(
          Level.WARNING,
          "[Crypto] O segredo de {0} do tenant {1} (chave {2}) não pôde ser aberto; salve-o"
              + " novamente",
          column,
          tenantId,
          e.keyId());
      return null;
    }
  }

  private Map<String, String> rows(Connection connection) throws SQLException {
    Map<String, String> rows = new LinkedHashMap<>();
    String sql =
        "SELECT tenant_id, " + column.column() + " FROM " + column.table() + " ORDER BY tenant_id";
    try (PreparedStatement select = connection.prepareStatement(sql);
        ResultSet result = select.executeQuery()) {
      while (result.next()) {
        if (result.getString(2) != null) {
          rows.put(result.getString(1), result.getString(2));
        }
      }
    }
    return rows;
  }

  /** Compare-and-set: false if the row no longer holds what was read. */
  private boolean write(Connection connection, String tenantId, String read, String replacement)
      throws SQLException {
    String sql =
        "UPDATE "
            + column.table()
            + " SET "
            + column.column()
            + " = ? WHERE tenant_id = ? AND "
            + column.column()
            + " = ?";
    try (PreparedStatement update = connection.prepareStatement(sql)) {
      update.setString(1, replacement);
      update.setString(2, tenantId);
      update.setString(3, read);
      return update.executeUpdate() == 1;
    }
  }
}
