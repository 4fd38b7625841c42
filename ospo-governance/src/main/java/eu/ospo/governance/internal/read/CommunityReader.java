package eu.ospo.governance.internal.read;

import eu.ospo.governance.internal.read.Fields.Presence;
import eu.ospo.model.Community;
import eu.ospo.model.Exemption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code community} and its {@code exemptions}. */
final class CommunityReader {

    private CommunityReader() {}

    static Optional<Community> read(Fields fields) {
        Optional<String> name = fields.string("name", Presence.REQUIRED);
        Optional<String> uri = Formats.uri(fields, "uri", Presence.REQUIRED);
        Optional<String> description = fields.string("description", Presence.OPTIONAL);
        Optional<String> charter = fields.string("charter", Presence.OPTIONAL);
        Optional<LocalDate> lastReviewed = fields.date("lastReviewed", Presence.REQUIRED);
        List<Exemption> exemptions = new ArrayList<>();
        for (Fields item : fields.items("exemptions", Presence.OPTIONAL)) {
            exemption(item).ifPresent(exemptions::add);
        }
        fields.finish();
        if (name.isEmpty() || uri.isEmpty() || lastReviewed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Community(name.get(), uri.get(), description, charter, lastReviewed.get(), exemptions));
    }

    private static Optional<Exemption> exemption(Fields fields) {
        Optional<String> rule = fields.string("rule", Presence.REQUIRED);
        Optional<String> reason = fields.string("reason", Presence.REQUIRED);
        Optional<LocalDate> until = fields.date("until", Presence.OPTIONAL);
        fields.finish();
        if (rule.isEmpty() || reason.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Exemption(rule.get(), reason.get(), until));
    }
}
