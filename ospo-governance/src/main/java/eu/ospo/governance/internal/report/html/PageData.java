package eu.ospo.governance.internal.report.html;

import eu.ospo.governance.report.ReportInput;
import eu.ospo.governance.rules.Evaluation;
import eu.ospo.governance.rules.Finding;
import eu.ospo.governance.rules.Status;
import eu.ospo.model.Contact;
import eu.ospo.model.Governance;
import eu.ospo.model.Organisation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What every section of the page draws from: the governance model (absent when governance.yml could
 * not be read into one), the evaluation, the report input (tool version, rule descriptions, file
 * problems), the rule parameters and the organisation colours. Look-ups by id are indexed once.
 */
final class PageData {

    private final Optional<Governance> governance;
    private final Evaluation evaluation;
    private final ReportInput input;
    private final Settings settings;
    private final Palette palette;
    private final Map<String, Organisation> organisations;
    private final Map<String, Contact> contacts;

    PageData(Optional<Governance> governance, Evaluation evaluation, ReportInput input, Settings settings) {
        this.governance = governance;
        this.evaluation = evaluation;
        this.input = input;
        this.settings = settings;
        List<Organisation> listed = governance.map(Governance::organisations).orElse(List.of());
        this.palette = new Palette(listed);
        this.organisations = listed.stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity(), (first, second) -> first));
        this.contacts = governance.map(Governance::contacts).orElse(List.of()).stream()
                .collect(Collectors.toMap(Contact::id, Function.identity(), (first, second) -> first));
    }

    Optional<Governance> governance() {
        return governance;
    }

    Evaluation evaluation() {
        return evaluation;
    }

    ReportInput input() {
        return input;
    }

    Settings settings() {
        return settings;
    }

    Palette palette() {
        return palette;
    }

    LocalDate date() {
        return evaluation.date();
    }

    /** The organisation's name, or its id when the file does not list it. */
    String organisationName(String id) {
        Organisation organisation = organisations.get(id);
        return organisation == null ? id : organisation.name();
    }

    /** The contact's name, or its id when the file does not list it. */
    String contactName(String id) {
        Contact contact = contacts.get(id);
        return contact == null ? id : contact.name();
    }

    /** The organisation a contact belongs to, or empty when the contact is not listed. */
    Optional<String> affiliation(String contactId) {
        return Optional.ofNullable(contacts.get(contactId)).map(Contact::affiliation);
    }

    /**
     * The agreements AGR-EXPIRING reports as ending soon without a successor (failing or exempted),
     * with the days left: the timeline marks exactly what the rule found.
     *
     * @return agreement id to the finding
     */
    Map<String, Finding> expiring() {
        return evaluation.findings().stream()
                .filter(f -> f.ruleId().equals("AGR-EXPIRING"))
                .filter(f -> f.status() == Status.FAIL || f.status() == Status.EXEMPTED)
                .filter(f -> f.evidence().get("agreement") instanceof String)
                .collect(Collectors.toMap(
                        f -> (String) f.evidence().get("agreement"), Function.identity(), (first, second) -> first));
    }

    /** The ids of the projects a rule fails for (failing or exempted findings naming a project). */
    Set<String> projectsFailing(String ruleId) {
        return evaluation.findings().stream()
                .filter(f -> f.ruleId().equals(ruleId))
                .filter(f -> f.status() == Status.FAIL || f.status() == Status.EXEMPTED)
                .map(f -> f.evidence().get("project"))
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .collect(Collectors.toSet());
    }
}
