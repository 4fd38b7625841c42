package eu.ospo.governance.internal.read;

import eu.ospo.governance.internal.read.Fields.Presence;
import eu.ospo.governance.internal.read.Fields.Text;
import eu.ospo.governance.internal.read.References.Kind;
import eu.ospo.model.CommunityTimePolicy;
import eu.ospo.model.Identifier;
import eu.ospo.model.IdentifierScheme;
import eu.ospo.model.Organisation;
import eu.ospo.model.OrganisationRole;
import eu.ospo.model.OrganisationType;
import eu.ospo.yaml.internal.ProblemList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code organisations[]} with their identifiers and community-time overrides. */
final class OrganisationReader {

    private OrganisationReader() {}

    static Optional<Organisation> read(Fields fields) {
        Optional<String> id = fields.id(Kind.ORGANISATION, true);
        Optional<String> name = fields.string("name", Presence.REQUIRED);
        Optional<String> uri = Formats.uri(fields, "uri", Presence.REQUIRED);
        Optional<String> country = Formats.country(fields, "country");
        Optional<OrganisationType> type = fields.keyword("type", OrganisationType.class, Presence.REQUIRED);
        List<Identifier> identifiers = new ArrayList<>();
        for (Fields item : fields.items("identifiers", Presence.OPTIONAL)) {
            identifier(item).ifPresent(identifiers::add);
        }
        List<OrganisationRole> roles = fields.keywords("roles", OrganisationRole.class, Presence.REQUIRED);
        Optional<LocalDate> joined = fields.date("joined", Presence.REQUIRED);
        Optional<LocalDate> left = fields.date("left", Presence.OPTIONAL);
        DateRanges.endNotBeforeStart(fields, "joined", joined, "left", left);
        Optional<CommunityTimePolicy> communityTime =
                fields.nested("communityTime", Presence.OPTIONAL, CommunityTimeReader::policy);
        fields.finish();
        if (id.isEmpty()
                || name.isEmpty()
                || uri.isEmpty()
                || country.isEmpty()
                || type.isEmpty()
                || joined.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Organisation(
                id.get(),
                name.get(),
                uri.get(),
                country.get(),
                type.get(),
                identifiers,
                roles,
                joined.get(),
                left,
                communityTime));
    }

    /** An identifier; one that fails its scheme's check is reported and kept as written. */
    private static Optional<Identifier> identifier(Fields fields) {
        Optional<IdentifierScheme> scheme = fields.keyword("scheme", IdentifierScheme.class, Presence.REQUIRED);
        Optional<Text> value = fields.text("value", Presence.REQUIRED);
        fields.finish();
        if (scheme.isEmpty() || value.isEmpty()) {
            return Optional.empty();
        }
        Text text = value.get();
        Optional<String> defect = scheme.get().defect(text.value());
        if (defect.isPresent()) {
            fields.problems()
                    .error(
                            Codes.IDENTIFIER,
                            text.path(),
                            text.at(),
                            "not a valid " + scheme.get().value() + " identifier: " + defect.get(),
                            "scheme",
                            scheme.get().value(),
                            "value",
                            text.value());
        } else if (scheme.get() == IdentifierScheme.IT_IPA && !Formats.isIpaCode(text.value())) {
            fields.problems()
                    .error(
                            Codes.IPA_CODE,
                            text.path(),
                            text.at(),
                            "not in the Italian public-administration index (iPA): " + ProblemList.echo(text.value()),
                            "value",
                            text.value());
        }
        return Optional.of(new Identifier(scheme.get(), text.value()));
    }
}
