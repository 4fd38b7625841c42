package eu.ospo.governance.internal.rules;

import eu.ospo.model.Identifier;
import eu.ospo.model.IdentifierScheme;
import eu.ospo.model.Organisation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds governance.yml organisations from what publiccode.yml says about them: a URI ({@code
 * organisation.uri}, {@code fundedBy[].uri}, a contractor's website) or a name ({@code
 * affiliation}, a contractor's name).
 *
 * <p>An organisation answers to its {@code uri}, to the URIs its identifiers stand for (an {@code
 * it-ipa} code {@code c_h501} is {@code urn:x-italian-pa:c_h501}; an {@code nl-tooi} identifier is
 * a URI itself), to each identifier's value, and by name to its {@code name} and {@code id}. URIs
 * are compared without case, scheme ({@code http}/{@code https}), a leading {@code www.} and a
 * trailing slash; names without case and with runs of white space as one space.
 */
public final class OrganisationDirectory {

    private final Map<String, List<Indexed<Organisation>>> byUri = new HashMap<>();
    private final Map<String, List<Indexed<Organisation>>> byName = new HashMap<>();

    OrganisationDirectory(List<Indexed<Organisation>> organisations) {
        for (Indexed<Organisation> organisation : organisations) {
            Organisation value = organisation.value();
            Map<String, Boolean> uris = new LinkedHashMap<>();
            uris.put(normalUri(value.uri()), true);
            for (Identifier identifier : value.identifiers()) {
                uris.put(normalUri(identifier.value()), true);
                if (identifier.scheme() == IdentifierScheme.IT_IPA) {
                    uris.put(normalUri("urn:x-italian-pa:" + identifier.value()), true);
                }
            }
            uris.keySet()
                    .forEach(uri ->
                            byUri.computeIfAbsent(uri, k -> new ArrayList<>(1)).add(organisation));
            add(byName, normalName(value.name()), organisation);
            if (!normalName(value.id()).equals(normalName(value.name()))) {
                add(byName, normalName(value.id()), organisation);
            }
        }
    }

    private static void add(
            Map<String, List<Indexed<Organisation>>> map, String key, Indexed<Organisation> organisation) {
        map.computeIfAbsent(key, k -> new ArrayList<>(1)).add(organisation);
    }

    /**
     * The organisations a URI stands for.
     *
     * @param uri the URI
     * @return the organisations, sorted by id (empty if none)
     */
    public List<Indexed<Organisation>> byUri(String uri) {
        return sorted(byUri.getOrDefault(normalUri(uri), List.of()));
    }

    /**
     * The organisations a name, id or URI stands for: by name first, else by URI.
     *
     * @param text the name
     * @return the organisations, sorted by id (empty if none)
     */
    public List<Indexed<Organisation>> byNameOrUri(String text) {
        List<Indexed<Organisation>> named = byName.getOrDefault(normalName(text), List.of());
        return named.isEmpty() ? byUri(text) : sorted(named);
    }

    private static List<Indexed<Organisation>> sorted(List<Indexed<Organisation>> organisations) {
        return organisations.stream()
                .sorted(java.util.Comparator.comparing(
                                (Indexed<Organisation> o) -> o.value().id())
                        .thenComparingInt(Indexed::index))
                .toList();
    }

    /**
     * A URI in comparable form.
     *
     * @param uri the URI
     * @return lower case, without {@code http(s)://}, {@code www.} and trailing slashes
     */
    public static String normalUri(String uri) {
        String text = uri.trim().toLowerCase(Locale.ROOT);
        if (text.startsWith("https://")) {
            text = text.substring("https://".length());
        } else if (text.startsWith("http://")) {
            text = text.substring("http://".length());
        }
        if (text.startsWith("www.")) {
            text = text.substring("www.".length());
        }
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    /**
     * A name in comparable form.
     *
     * @param name the name
     * @return lower case, trimmed, runs of white space as one space
     */
    public static String normalName(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
