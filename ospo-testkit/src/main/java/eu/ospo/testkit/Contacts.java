package eu.ospo.testkit;

import eu.ospo.model.Contact;
import eu.ospo.testkit.internal.ContactDraws;
import eu.ospo.testkit.internal.Draw;
import java.util.Optional;
import org.quicktheories.core.Gen;

/**
 * Generators of contacts: a person's name, an affiliation, perhaps an e-mail address and phone
 * number, forge handles, at least one role; now and then a role mailbox with an owner.
 */
public final class Contacts {

    private Contacts() {}

    /**
     * Contacts {@code person1}–{@code person99} affiliated with {@code org1}–{@code org9}; a role
     * mailbox names {@code person1} as its owner.
     *
     * @return the generator
     */
    public static Gen<Contact> any() {
        return in -> {
            Draw draw = new Draw(in);
            int index = draw.between(1, 99);
            Optional<String> owner = index == 1 ? Optional.empty() : Optional.of("person1");
            return ContactDraws.contact(draw, "person" + index, index, "org" + draw.between(1, 9), owner);
        };
    }
}
