package eu.ospo.publiccode.model;

import java.util.List;

/**
 * {@code intendedAudience}.
 *
 * @param countries ISO 3166-1 alpha-2 codes of countries the software is meant for
 * @param unsupportedCountries codes of countries where it cannot be used
 * @param scope the scopes (from the standard's list)
 */
public record IntendedAudience(List<String> countries, List<String> unsupportedCountries, List<String> scope) {

    /** Copies the lists. */
    public IntendedAudience {
        countries = List.copyOf(countries);
        unsupportedCountries = List.copyOf(unsupportedCountries);
        scope = List.copyOf(scope);
    }
}
