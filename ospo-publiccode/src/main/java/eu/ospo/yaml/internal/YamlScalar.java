package eu.ospo.yaml.internal;

import java.util.Locale;

/**
 * A scalar with its text kept verbatim and the type the YAML 1.2 core schema resolves it to.
 *
 * @param value the scalar's text, exactly as written (so {@code 0.10} stays {@code 0.10})
 * @param type the resolved type
 * @param line 1-based line
 * @param column 1-based column
 */
public record YamlScalar(String value, Type type, int line, int column) implements YamlNode {

    /** Types of the YAML 1.2 core schema. Quoted scalars are always strings. */
    public enum Type {
        STRING,
        INT,
        FLOAT,
        BOOL,
        NULL
    }

    /**
     * Whether this is a null ({@code ~}, {@code null} or nothing at all).
     *
     * @return true for null
     */
    public boolean isNull() {
        return type == Type.NULL;
    }

    @Override
    public String kindName() {
        return type.name().toLowerCase(Locale.ROOT);
    }
}
