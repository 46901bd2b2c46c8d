package jp.city.lms.platform.presentation;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.Reader;

/**
 * JSON builders from one provider, found once. {@code jakarta.json.Json}'s factory methods look the
 * provider up through the module's class loader on every call: the progress dashboard's two charts
 * spent more time finding it than building them.
 */
public final class JsonBuilders {

  private static final JsonProvider PROVIDER = JsonProvider.provider();

  private JsonBuilders() {}

  public static JsonObjectBuilder object() {
    return PROVIDER.createObjectBuilder();
  }

  public static JsonArrayBuilder array() {
    return PROVIDER.createArrayBuilder();
  }

  public static JsonReader reader(Reader reader) {
    return PROVIDER.createReader(reader);
  }
}
