package eu.ospo.testkit.internal;

import eu.ospo.model.Community;
import eu.ospo.model.Exemption;
import java.util.ArrayList;
import java.util.List;

/** Draws the {@code community} section: name, uri, review date and exemptions. */
public final class CommunityDraws {

    /**
     * The ids of the default rules that need only governance.yml and publiccode.yml, the rules an
     * exemption may name.
     */
    public static final List<String> RULE_IDS = List.of(
            "PC-CONTRACTORS-PRESENCE",
            "PC-CONTACTS-PRESENCE",
            "PC-CONTRACTOR-EXPIRED",
            "PC-STATUS-CONSISTENT",
            "XF-PROJECT-LINKED",
            "XF-COMMUNITY-BACKED",
            "XF-CONTRACT-BACKED",
            "XF-INTERNAL-BACKED",
            "XF-NONE-CONTRADICTED",
            "XF-ORG-RESOLVES",
            "ORG-IDENTIFIERS",
            "ORG-MEMBERSHIP-INTERVAL",
            "AGR-WELLFORMED",
            "AGR-EXPIRING",
            "AGR-NOTICE-PASSED",
            "AGR-COVERAGE-GAP",
            "AGR-MIN-CAPACITY",
            "AGR-SECURITY-RESPONSE",
            "AGR-REVIEW-SLA",
            "DIV-ELEPHANT",
            "DIV-ORG-COUNT",
            "DIV-BUS-FACTOR",
            "DEC-BODY-VALID",
            "DEC-NEUTRALITY",
            "CT-BELOW-POLICY",
            "CT-COVERAGE",
            "TEAM-CODER-EMBEDDED",
            "TEAM-TENURE",
            "TEAM-TURNOVER",
            "OSPO-PRESENT",
            "OSPO-RULESET",
            "META-STALE",
            "CONTACT-MAILBOX-OWNER");

    private CommunityDraws() {}

    /**
     * The community section.
     *
     * @param draw the source
     * @param shape the dates, and whether exemptions may appear
     * @return the community
     */
    public static Community community(Draw draw, Shape shape) {
        String place = Names.place(draw.between(1, 10));
        String slug = place.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        List<Exemption> exemptions = new ArrayList<>();
        if (shape.exemptions()) {
            List<String> rules = new ArrayList<>(RULE_IDS);
            int count = draw.between(0, 2);
            for (int i = 0; i < count; i++) {
                exemptions.add(exemption(draw, rules.remove(draw.between(0, rules.size() - 1)), shape));
            }
        }
        return new Community(
                place + " software community",
                "https://example.org/communities/" + slug,
                draw.maybe(50, () -> "Municipalities and partners sharing software in " + place),
                draw.maybe(60, () -> "./GOVERNANCE.md"),
                draw.day(shape.from(), shape.to()),
                exemptions);
    }

    /**
     * An exemption for a rule, with a reason and perhaps an end.
     *
     * @param draw the source
     * @param rule the rule's id
     * @param shape the dates the end falls in
     * @return the exemption
     */
    public static Exemption exemption(Draw draw, String rule, Shape shape) {
        return new Exemption(
                rule,
                "Agreed by the steering committee (" + rule + ")",
                draw.maybe(70, () -> draw.day(shape.from(), shape.to())));
    }
}
