package eu.ospo.testkit.internal;

import eu.ospo.model.OrganisationType;
import java.util.List;

/** Invented names for generated organisations, people, projects and communities. */
public final class Names {

    /** ISO 3166-1 alpha-2 codes of EU member states. */
    public static final List<String> COUNTRIES = List.of(
            "NL", "IT", "DE", "FR", "BE", "ES", "AT", "PT", "FI", "SE", "DK", "IE", "LU", "PL", "CZ", "EE", "LV", "LT",
            "SI", "SK", "HR", "HU", "RO", "BG", "GR", "CY", "MT");

    private static final List<String> PLACES = List.of(
            "Noordhaven",
            "Valbruna",
            "Lindenau",
            "Westmeer",
            "Montealto",
            "Oostdorp",
            "Rivabella",
            "Zandveld",
            "Castelmare",
            "Birkental");

    private static final List<String> FIRST = List.of(
            "Anna", "Bram", "Chiara", "Daan", "Elena", "Femke", "Giulia", "Hugo", "Ilse", "Jan", "Luca", "Maria");

    private static final List<String> LAST =
            List.of("Bakker", "Rossi", "de Vries", "Bianchi", "Jansen", "Romano", "Visser", "Greco", "Weber");

    private static final List<String> PROJECTS =
            List.of("Meldingen", "Permits", "Open Agenda", "Zaakregister", "Signalen", "Bilanci", "Archivio", "Afval");

    private Names() {}

    /**
     * A name for the organisation at a position.
     *
     * @param type the kind of organisation
     * @param index its 1-based position, which keeps names distinct
     * @return the name
     */
    public static String organisation(OrganisationType type, int index) {
        String place = place(index);
        return switch (type) {
            case PUBLIC_AUTHORITY -> "Municipality of " + place;
            case PUBLIC_ENTERPRISE -> place + " Public Services";
            case COMPANY -> place + " Software B.V.";
            case FOUNDATION -> place + " Foundation";
            case ASSOCIATION -> place + " Association";
            case ACADEMIA -> "University of " + place;
            case INDIVIDUAL -> person(index);
        };
    }

    /**
     * A person's name.
     *
     * @param index a number that selects the name
     * @return first and last name
     */
    public static String person(int index) {
        return FIRST.get(Math.floorMod(index, FIRST.size())) + " " + LAST.get(Math.floorMod(index, LAST.size()));
    }

    /**
     * A project name.
     *
     * @param index its 1-based position, which keeps names distinct
     * @return the name
     */
    public static String project(int index) {
        String name = PROJECTS.get(Math.floorMod(index - 1, PROJECTS.size()));
        return index > PROJECTS.size() ? name + " " + index : name;
    }

    /**
     * A place name.
     *
     * @param index its 1-based position, which keeps names distinct
     * @return the name
     */
    public static String place(int index) {
        String place = PLACES.get(Math.floorMod(index - 1, PLACES.size()));
        return index > PLACES.size() ? place + " " + index : place;
    }
}
