package eu.ospo.governance.internal.read;

import eu.ospo.governance.internal.read.Fields.Presence;
import eu.ospo.governance.internal.read.References.Kind;
import eu.ospo.model.Contact;
import eu.ospo.model.ContactRole;
import eu.ospo.yaml.internal.KeyPath;
import eu.ospo.yaml.internal.ProblemList.Position;
import eu.ospo.yaml.internal.YamlMapping;
import eu.ospo.yaml.internal.YamlScalar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads {@code contacts[]}. */
final class ContactReader {

    private ContactReader() {}

    static Optional<Contact> read(Fields fields) {
        Optional<String> id = fields.id(Kind.CONTACT, false);
        Optional<String> name = fields.string("name", Presence.REQUIRED);
        Optional<String> affiliation = fields.reference("affiliation", Kind.ORGANISATION, Presence.REQUIRED);
        Optional<String> email = Formats.email(fields, "email");
        Optional<String> phone = fields.string("phone", Presence.OPTIONAL);
        Map<String, String> forgeHandles = fields.mapping("forgeHandles", Presence.OPTIONAL)
                .map(ContactReader::handles)
                .orElse(Map.of());
        List<ContactRole> roles = fields.keywords("roles", ContactRole.class, Presence.REQUIRED);
        boolean isRoleMailbox = fields.bool("isRoleMailbox").orElse(false);
        Optional<String> owner = fields.reference("owner", Kind.CONTACT, Presence.OPTIONAL);
        fields.finish();
        if (id.isEmpty() || name.isEmpty() || affiliation.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Contact(
                id.get(), name.get(), affiliation.get(), email, phone, forgeHandles, roles, isRoleMailbox, owner));
    }

    /** Forge name to handle, in file order; both non-blank text. */
    private static Map<String, String> handles(Fields fields) {
        Map<String, String> handles = new LinkedHashMap<>();
        for (YamlMapping.Entry entry : fields.entries()) {
            KeyPath path = fields.path().key(entry.name());
            Position at = Position.of(entry.key());
            if (!(entry.value() instanceof YamlScalar handle) || handle.isNull()) {
                fields.problems().wrongType(path, entry.value(), "a string");
            } else if (entry.name().isBlank() || handle.value().isBlank()) {
                fields.problems().error(Codes.BLANK, path, at, "a forge name and its handle must not be empty");
            } else {
                handles.put(entry.name(), handle.value());
            }
        }
        return handles;
    }
}
