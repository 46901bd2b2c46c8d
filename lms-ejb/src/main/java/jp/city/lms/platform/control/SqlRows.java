package jp.city.lms.platform.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A native statement read by JDBC on the transaction's connection, row by row as plain values.
 * EclipseLink turns every row of a native query into a record of its own before it answers: for the
 * 13,000 holders of a tier that is most of the dashboard's time in the server, where JDBC reads
 * them in a few milliseconds. The statement is written with numbered parameters ({@code ?1}, used
 * as often as needed) or with plain ones ({@code ?}, numbered 1, 2, ... in order), as for {@link
 * EntityManager#createNativeQuery}; one statement uses one kind.
 */
public final class SqlRows {

  private static final Pattern PARAMETER = Pattern.compile("\\?(\\d*)");

  private final EntityManager em;
  private final String sql;
  private final Map<Integer, Object> parameters = new HashMap<>();

  private SqlRows(EntityManager em, String sql) {
    this.em = em;
    this.sql = sql;
  }

  public static SqlRows of(EntityManager em, String sql) {
    return new SqlRows(em, sql);
  }

  /** Binds the numbered parameter (a {@code java.sql} date or time, a string, a number). */
  public SqlRows with(int number, Object value) {
    parameters.put(number, value);
    return this;
  }

  /** Each row's values, in the order of the columns. */
  public void forEach(Consumer<Object[]> each) {
    List<Object> values = new ArrayList<>();
    Matcher m = PARAMETER.matcher(sql);
    StringBuilder jdbc = new StringBuilder();
    int plain = 0;
    while (m.find()) {
      int number = m.group(1).isEmpty() ? ++plain : Integer.parseInt(m.group(1));
      if (!parameters.containsKey(number)) {
        throw new IllegalArgumentException("no value for ?" + number + " in " + sql);
      }
      values.add(parameters.get(number));
      m.appendReplacement(jdbc, "?");
    }
    m.appendTail(jdbc);
    if (em.isJoinedToTransaction()) {
      // as a native query would: what the transaction changed is written before it is read
      em.flush();
    }
    Connection connection = em.unwrap(Connection.class);
    try (PreparedStatement statement = connection.prepareStatement(jdbc.toString())) {
      for (int i = 0; i < values.size(); i++) {
        statement.setObject(i + 1, values.get(i));
      }
      try (ResultSet result = statement.executeQuery()) {
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
          Object[] row = new Object[columns];
          for (int c = 0; c < columns; c++) {
            row[c] = result.getObject(c + 1);
          }
          each.accept(row);
        }
      }
    } catch (SQLException e) {
      throw new PersistenceException(e.getMessage() + " in " + sql, e);
    }
  }

  /**
   * Ids written into a statement as a list ({@code IN (...)}): numbers only, so nothing can be
   * injected, and the statement needs no parameter per id.
   */
  public static String ids(Collection<? extends Number> ids) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  /** A DATE as the driver answers it: java.sql.Date from one, LocalDate from another. */
  public static LocalDate date(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }

  /** All rows. */
  public List<Object[]> list() {
    List<Object[]> rows = new ArrayList<>();
    forEach(rows::add);
    return rows;
  }
}
