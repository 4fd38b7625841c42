package eu.ospo.testkit.internal;

import eu.ospo.model.Contact;
import eu.ospo.model.ContactRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Draws contacts: people, and now and then a role mailbox answered for by a person. */
public final class ContactDraws {

    private static final List<String> FORGES = List.of("github", "gitlab", "codeberg");

    private ContactDraws() {}

    /**
     * A contact.
     *
     * @param draw the source
     * @param id its id
     * @param index a number that selects the name
     * @param affiliation the id of its organisation
     * @param owner a person of the same organisation who may answer for it if it becomes a role
     *     mailbox; empty makes it a person
     * @return the contact
     */
    public static Contact contact(Draw draw, String id, int index, String affiliation, Optional<String> owner) {
        boolean mailbox = owner.isPresent() && draw.chance(15);
        Map<String, String> handles = new LinkedHashMap<>();
        for (String forge : draw.subset(FORGES, 40)) {
            handles.put(forge, id);
        }
        return new Contact(
                id,
                mailbox ? "Maintainers of " + affiliation : Names.person(index),
                affiliation,
                draw.maybe(60, () -> id + "@" + affiliation + ".example.org"),
                draw.maybe(20, () -> "+31 30 " + draw.digits(7)),
                handles,
                draw.nonEmptySubset(List.of(ContactRole.values()), 25),
                mailbox,
                mailbox ? owner : Optional.empty());
    }
}
