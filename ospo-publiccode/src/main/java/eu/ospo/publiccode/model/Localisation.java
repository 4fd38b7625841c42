package eu.ospo.publiccode.model;

import java.util.List;

/**
 * {@code localisation}.
 *
 * @param localisationReady whether the software can be translated
 * @param availableLanguages BCP 47 tags of the languages it is available in
 */
public record Localisation(boolean localisationReady, List<String> availableLanguages) {

    /** Copies the list. */
    public Localisation {
        availableLanguages = List.copyOf(availableLanguages);
    }
}
