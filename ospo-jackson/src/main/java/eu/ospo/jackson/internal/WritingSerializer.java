package eu.ospo.jackson.internal;

import java.util.function.BiConsumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Serialises one model type with a writer function (no reflection, so the model needs no
 * annotations and nothing is opened to Jackson).
 *
 * @param <T> the type
 */
public final class WritingSerializer<T> extends ValueSerializer<T> {

    private final Class<T> type;
    private final BiConsumer<T, JsonGenerator> writer;

    /**
     * A serializer.
     *
     * @param type the type
     * @param writer writes one value
     */
    public WritingSerializer(Class<T> type, BiConsumer<T, JsonGenerator> writer) {
        this.type = type;
        this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializationContext context) {
        writer.accept(value, out);
    }

    @Override
    public Class<?> handledType() {
        return type;
    }
}
