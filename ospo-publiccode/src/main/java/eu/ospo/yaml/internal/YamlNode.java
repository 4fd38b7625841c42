package eu.ospo.yaml.internal;

/** A node of a loaded YAML document, with the 1-based position of its first character. */
public sealed interface YamlNode permits YamlScalar, YamlSequence, YamlMapping {

    /**
     * 1-based line of the node's first character.
     *
     * @return the line
     */
    int line();

    /**
     * 1-based column of the node's first character.
     *
     * @return the column
     */
    int column();

    /**
     * A short name of the node's kind for messages: {@code mapping}, {@code sequence}, or the scalar
     * type.
     *
     * @return the kind name
     */
    String kindName();
}
