package eu.ospo.governance.internal.report.html;

import eu.ospo.model.Organisation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One colour per organisation, the same in every chart of the page: the organisations in file
 * order take the colours of a qualitative palette in turn (after {@value #SIZE} organisations the
 * colours repeat; labels and tooltips tell them apart). The palette leaves out red and green, which
 * the page keeps for failing and passing.
 */
final class Palette {

    /** How many distinct organisation colours there are. */
    static final int SIZE = 10;

    private static final List<String> COLOURS = List.of(
            "#4e79a7", "#f28e2b", "#76b7b2", "#b07aa1", "#9c755f", "#edc948", "#ff9da7", "#a0cbe8", "#b6992d",
            "#79706e");

    /** The colour of an organisation the file does not list. */
    static final String UNKNOWN = "#c9ced6";

    private final Map<String, String> byOrganisation = new HashMap<>();

    Palette(List<Organisation> organisations) {
        for (Organisation organisation : organisations) {
            byOrganisation.putIfAbsent(organisation.id(), COLOURS.get(byOrganisation.size() % SIZE));
        }
    }

    /**
     * The colour of an organisation.
     *
     * @param organisationId its id
     * @return a CSS colour
     */
    String colour(String organisationId) {
        return byOrganisation.getOrDefault(organisationId, UNKNOWN);
    }

    /**
     * The text colour readable on a fill: near-black on light fills, white on dark ones (by the
     * fill's relative luminance).
     *
     * @param fill a colour {@code #rrggbb}
     * @return a CSS colour
     */
    static String textOn(String fill) {
        int rgb = Integer.parseInt(fill.substring(1), 16);
        double luminance = 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
        return luminance > 0.36 ? "#1d2330" : "#ffffff";
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
