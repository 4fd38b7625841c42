package eu.ospo.jackson.internal;

import eu.ospo.jackson.InvalidMetadataException;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Deserialises one model type through its validating reader: the value when there is no error,
 * else an {@link InvalidMetadataException} with every problem.
 *
 * @param <T> the type
 */
public final class ValidatingDeserializer<T> extends ValueDeserializer<T> {

    private final Class<T> type;
    private final String what;
    private final Function<JsonParser, Read<T>> reader;

    /**
     * A deserializer.
     *
     * @param type the type
     * @param what what the value is, for the exception's message
     * @param reader reads the value at the parser's current token
     */
    public ValidatingDeserializer(Class<T> type, String what, Function<JsonParser, Read<T>> reader) {
        this.type = type;
        this.what = what;
        this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
        Read<T> read = reader.apply(parser);
        return read.value().orElseThrow(() -> new InvalidMetadataException(parser, what, read.problems()));
    }

    @Override
    public Class<?> handledType() {
        return type;
    }
}
