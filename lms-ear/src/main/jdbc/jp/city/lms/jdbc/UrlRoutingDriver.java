package jp.city.lms.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The server's one JDBC driver: hands each URL to the driver that understands it (H2 for the embedded default,
 * MySQL Connector/J for production). WildFly cannot pick a datasource's driver from an expression, and the
 * operator should only have to set {@code LMS_DB_URL}.
 */
public final class UrlRoutingDriver implements Driver {

  private static final String MYSQL = "com.mysql.cj.jdbc.Driver";
  private static final String H2 = "org.h2.Driver";

  private Driver target(String url) throws SQLException {
    String className;
    if (url == null) {
      return null;
    } else if (url.startsWith("jdbc:mysql:")) {
      className = MYSQL;
    } else if (url.startsWith("jdbc:h2:")) {
      className = H2;
    } else {
      return null;
    }
    try {
      return (Driver)
          Class.forName(className, true, UrlRoutingDriver.class.getClassLoader())
              .getDeclaredConstructor()
              .newInstance();
    } catch (ReflectiveOperationException e) {
      throw new SQLException("JDBC driver " + className + " is not installed", e);
    }
  }

  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    Driver driver = target(url);
    if (driver == null) {
      return null;
    }
    Connection connection = driver.connect(url, info);
    // Connector/J formats java.sql dates slowly: they reach it as java.time values (see the class)
    return connection != null && url.startsWith("jdbc:mysql:")
        ? JavaTimeBinding.wrap(connection)
        : connection;
  }

  @Override
  public boolean acceptsURL(String url) throws SQLException {
    return target(url) != null;
  }

  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
    Driver driver = target(url);
    return driver == null ? new DriverPropertyInfo[0] : driver.getPropertyInfo(url, info);
  }

  @Override
  public int getMajorVersion() {
    return 1;
  }

  @Override
  public int getMinorVersion() {
    return 0;
  }

  @Override
  public boolean jdbcCompliant() {
    return false;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }
}
