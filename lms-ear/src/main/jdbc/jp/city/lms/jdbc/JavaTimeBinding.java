package jp.city.lms.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;

/**
 * Connector/J connections on which a {@code java.sql.Timestamp} or {@code java.sql.Date} parameter
 * is bound as the {@code java.time} value it stands for. EclipseLink binds every {@code
 * LocalDateTime} and {@code LocalDate} of the entities as those, and Connector/J writes each out
 * with a {@code SimpleDateFormat} made afresh for the value: 29% of the server's time (JFR) when
 * the office placed a cohort of 10,000. Its {@code java.time} encoders share one
 * formatter and write the same text: the driver's default session time zone is the JVM's, so a
 * timestamp's wall time, which is what the entities hold, is what it writes either way.
 */
final class JavaTimeBinding {

  private JavaTimeBinding() {}

  static Connection wrap(Connection connection) {
    return proxy(Connection.class, connection, new Handler(connection, true));
  }

  private static <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
    return type.cast(
        Proxy.newProxyInstance(
            JavaTimeBinding.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  /**
   * Passes every call on; prepared statements come back wrapped, their dates bound as java.time.
   */
  private static final class Handler implements InvocationHandler {

    private final Object target;
    private final boolean connection;

    Handler(Object target, boolean connection) {
      this.target = target;
      this.connection = connection;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      if (name.equals("equals") && args != null && args.length == 1) {
        return proxy == args[0];
      }
      if (name.equals("hashCode") && args == null) {
        return System.identityHashCode(proxy);
      }
      if (!connection && args != null && args.length == 2 && args[0] instanceof Integer index) {
        if (name.equals("setTimestamp") && method.getParameterTypes()[1] == Timestamp.class) {
          return bind(
              index,
              args[1] == null ? null : ((Timestamp) args[1]).toLocalDateTime(),
              Types.TIMESTAMP);
        }
        if (name.equals("setDate") && method.getParameterTypes()[1] == Date.class) {
          return bind(index, args[1] == null ? null : ((Date) args[1]).toLocalDate(), Types.DATE);
        }
      }
      Object result;
      try {
        result = method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      if (connection
          && name.equals("prepareStatement")
          && result instanceof PreparedStatement statement) {
        return proxy(PreparedStatement.class, statement, new Handler(statement, false));
      }
      return result;
    }

    private Object bind(int index, Object value, int sqlType) throws Exception {
      PreparedStatement statement = (PreparedStatement) target;
      if (value == null) {
        statement.setNull(index, sqlType);
      } else {
        statement.setObject(index, value);
      }
      return null;
    }
  }
}
