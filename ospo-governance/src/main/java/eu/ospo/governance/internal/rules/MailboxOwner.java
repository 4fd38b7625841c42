package eu.ospo.governance.internal.rules;

import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.model.Contact;
import eu.ospo.problem.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** CONTACT-MAILBOX-OWNER: every role mailbox has a person answering for it. */
final class MailboxOwner extends RuleDefinition {

    MailboxOwner() {
        super(
                "CONTACT-MAILBOX-OWNER",
                Severity.WARNING,
                Anchors.PC_CONTACT,
                "Every contact with isRoleMailbox: true names an owner, a contact that is a person (not itself a"
                        + " role mailbox), who answers for the mailbox.");
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Indexed<Contact> mailbox : facts.contacts()) {
            if (!mailbox.value().isRoleMailbox()) {
                continue;
            }
            String id = mailbox.value().id();
            String key = Keys.contact(mailbox.index());
            Optional<String> owner = mailbox.value().owner();
            var evidence = Evidence.of()
                    .with("mailbox", id)
                    .with("owner", owner.orElse(""))
                    .map();
            if (owner.isEmpty()) {
                outcomes.add(Outcome.fail(
                        "role mailbox " + id + " names no owner (the person who answers for it)",
                        List.of(facts.governanceAt(key)),
                        evidence));
                continue;
            }
            Optional<Contact> person = facts.contact(owner.get()).map(Indexed::value);
            if (person.isEmpty()) {
                outcomes.add(Outcome.fail(
                        "role mailbox " + id + " names owner " + owner.get() + ", who is not a contact",
                        List.of(facts.governanceAt(key + ".owner")),
                        evidence));
            } else if (person.get().isRoleMailbox()) {
                outcomes.add(Outcome.fail(
                        "role mailbox " + id + " names owner " + owner.get() + ", which is itself a role mailbox",
                        List.of(facts.governanceAt(key + ".owner")),
                        evidence));
            } else {
                outcomes.add(Outcome.pass(
                        "role mailbox " + id + " is answered for by " + owner.get(),
                        List.of(facts.governanceAt(key + ".owner")),
                        evidence));
            }
        }
        if (outcomes.isEmpty()) {
            return List.of(Outcome.notApplicable("governance.yml has no role mailbox"));
        }
        return outcomes;
    }
}
