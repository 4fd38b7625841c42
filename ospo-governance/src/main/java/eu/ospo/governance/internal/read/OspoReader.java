package eu.ospo.governance.internal.read;

import eu.ospo.governance.internal.read.Fields.Presence;
import eu.ospo.governance.internal.read.References.Kind;
import eu.ospo.model.OpenSourceProgramOffice;
import eu.ospo.model.OspoRuleset;
import eu.ospo.model.OspoTool;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code ospo} (governance.yml 0.2): who the OSPO is, its rulesets and its tooling. */
final class OspoReader {

    private OspoReader() {}

    static Optional<OpenSourceProgramOffice> read(Fields fields) {
        Optional<String> organisation = fields.reference("organisation", Kind.ORGANISATION, Presence.REQUIRED);
        Optional<String> unit = fields.string("unit", Presence.OPTIONAL);
        Optional<String> contact = fields.reference("contact", Kind.CONTACT, Presence.REQUIRED);
        Optional<String> uri = Formats.uri(fields, "uri", Presence.OPTIONAL);
        List<OspoRuleset> rulesets = new ArrayList<>();
        for (Fields item : fields.items("rulesets", Presence.OPTIONAL)) {
            ruleset(item).ifPresent(rulesets::add);
        }
        List<OspoTool> tooling = new ArrayList<>();
        for (Fields item : fields.items("tooling", Presence.OPTIONAL)) {
            tool(item).ifPresent(tooling::add);
        }
        fields.finish();
        if (organisation.isEmpty() || contact.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new OpenSourceProgramOffice(organisation.get(), unit, contact.get(), uri, rulesets, tooling));
    }

    private static Optional<OspoRuleset> ruleset(Fields fields) {
        Optional<String> id = fields.id(Kind.OSPO_RULESET, true);
        Optional<String> location = fields.string("location", Presence.REQUIRED);
        Optional<String> description = fields.string("description", Presence.OPTIONAL);
        fields.finish();
        if (id.isEmpty() || location.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OspoRuleset(id.get(), location.get(), description));
    }

    private static Optional<OspoTool> tool(Fields fields) {
        Optional<String> name = fields.string("name", Presence.REQUIRED);
        Optional<String> url = Formats.url(fields, "url", Presence.REQUIRED);
        Optional<String> description = fields.string("description", Presence.OPTIONAL);
        fields.finish();
        if (name.isEmpty() || url.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OspoTool(name.get(), url.get(), description));
    }
}
