package eu.ospo.governance.internal.rules;

import eu.ospo.governance.files.CodeOwner;
import eu.ospo.governance.files.CodeOwners;
import eu.ospo.governance.files.CodeOwnersEntry;
import eu.ospo.governance.files.Ownership;
import eu.ospo.governance.files.RepositoryFile;
import eu.ospo.governance.files.RepositoryFiles;
import eu.ospo.governance.internal.rules.RepositoryView.Listed;
import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.problem.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** CO-OWNER-DIVERSITY: no single organisation alone owns (nearly) every path. */
final class OwnerDiversity extends RuleDefinition {

    OwnerDiversity() {
        super(
                "CO-OWNER-DIVERSITY",
                Severity.WARNING,
                Anchors.CNCF_VENDOR_NEUTRALITY,
                "No organisation alone owns at least share of the owned paths of CODEOWNERS (an organisation alone"
                        + " owns a path when every owner of the path that maps to a contact is of that organisation)."
                        + " Paths are the repository's files, or each entry's pattern when the files were not listed.",
                ParameterSpec.of(
                        "share",
                        "1",
                        ParameterSpec.Kind.FRACTION,
                        "the share of owned paths one organisation alone may not reach (1: every path)"));
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        Optional<RepositoryFiles> files = facts.context().repositoryFiles();
        if (files.isEmpty()) {
            return RepositoryView.notRead();
        }
        Optional<RepositoryFile<CodeOwners>> file =
                files.get().codeOwners().filter(f -> f.model().isPresent());
        if (file.isEmpty()) {
            return List.of(Outcome.notApplicable("there is no CODEOWNERS file the forge reads"));
        }
        CodeOwners codeOwners = file.get().model().orElseThrow();
        Map<String, Optional<String>> organisationOf = new HashMap<>();
        for (Listed person : RepositoryView.codeOwners(file.get())) {
            organisationOf.put(
                    person.label().toLowerCase(java.util.Locale.ROOT),
                    RepositoryView.contactOf(facts, person).map(c -> c.value().affiliation()));
        }
        List<List<CodeOwner>> ownerSets = new ArrayList<>();
        List<String> paths = files.get().tree().paths();
        if (paths.isEmpty()) {
            for (CodeOwnersEntry entry : codeOwners.entries()) {
                if (!entry.exclusion()) {
                    ownerSets.add(entry.owners());
                }
            }
        } else {
            for (String path : paths) {
                Ownership ownership = codeOwners.ownersOf(path);
                ownerSets.add(ownership.owners());
            }
        }
        int considered = 0;
        Map<String, Integer> alone = new TreeMap<>();
        for (List<CodeOwner> owners : ownerSets) {
            Set<String> organisations = new TreeSet<>();
            boolean resolved = false;
            for (CodeOwner owner : owners) {
                Optional<String> organisation =
                        organisationOf.getOrDefault(owner.token().toLowerCase(java.util.Locale.ROOT), Optional.empty());
                if (organisation.isPresent()) {
                    organisations.add(organisation.get());
                    resolved = true;
                }
            }
            if (!resolved) {
                continue;
            }
            considered++;
            if (organisations.size() == 1) {
                alone.merge(organisations.iterator().next(), 1, Integer::sum);
            }
        }
        if (considered == 0) {
            return List.of(
                    Outcome.notApplicable("no owner in " + file.get().path() + " maps to a governance.yml contact"));
        }
        BigDecimal share = parameters.decimal("share");
        BigDecimal total = BigDecimal.valueOf(considered);
        Map<String, Object> shares = new LinkedHashMap<>();
        String top = "";
        int topCount = 0;
        for (Map.Entry<String, Integer> entry : alone.entrySet()) {
            shares.put(
                    entry.getKey(), BigDecimal.valueOf(entry.getValue() * 100L).divide(total, 1, RoundingMode.HALF_UP));
            if (entry.getValue() > topCount) {
                top = entry.getKey();
                topCount = entry.getValue();
            }
        }
        var evidence = Evidence.of()
                .with("file", file.get().path())
                .with("pathsConsidered", considered)
                .with("ownedAlonePercent", shares)
                .with("share", share)
                .map();
        var locations = List.of(RepositoryView.at(file.get().path(), 0, 0));
        // exact: topCount >= share * considered
        if (topCount > 0 && BigDecimal.valueOf(topCount).compareTo(share.multiply(total)) >= 0) {
            return List.of(Outcome.fail(
                    top + " alone owns " + topCount + " of the " + considered + " owned paths of "
                            + file.get().path(),
                    locations,
                    evidence));
        }
        return List.of(Outcome.pass(
                "no organisation alone owns "
                        + (share.compareTo(BigDecimal.ONE) == 0 ? "every path" : "that share of the paths") + " of "
                        + file.get().path() + " (at most " + topCount + " of " + considered + ")",
                locations,
                evidence));
    }
}
