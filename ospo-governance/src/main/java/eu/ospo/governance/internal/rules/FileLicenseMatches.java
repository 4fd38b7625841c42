package eu.ospo.governance.internal.rules;

import eu.ospo.governance.files.DetectedLicense;
import eu.ospo.governance.files.LicenseFile;
import eu.ospo.governance.files.RepositoryFile;
import eu.ospo.governance.files.RepositoryFiles;
import eu.ospo.governance.internal.files.LicenseDetector;
import eu.ospo.governance.rules.Outcome;
import eu.ospo.governance.rules.RuleParameters;
import eu.ospo.problem.Location;
import eu.ospo.problem.Severity;
import eu.ospo.publiccode.model.PublicCode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** FILE-LICENSE-MATCHES: the licence files and publiccode.yml's legal.license say the same. */
final class FileLicenseMatches extends RuleDefinition {

    FileLicenseMatches() {
        super(
                "FILE-LICENSE-MATCHES",
                Severity.ERROR,
                Anchors.PC_LICENSE,
                "Every licence of publiccode.yml's legal.license expression is found in the repository's licence"
                        + " files or LICENSES/ folder, and every licence the root licence files declare is in the"
                        + " expression (GPL-3.0, GPL-3.0-only and GPL-3.0-or-later count as one family).");
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        Optional<RepositoryFiles> files = facts.context().repositoryFiles();
        if (files.isEmpty()) {
            return RepositoryView.notRead();
        }
        Optional<PublicCode> publicCode = facts.publicCode();
        if (publicCode.isEmpty()) {
            return List.of(Outcome.notApplicable("there is no valid publiccode.yml to compare with"));
        }
        String expression = publicCode.get().legal().license();
        List<String> declared = LicenseDetector.idsOf(expression);
        Set<String> declaredFamilies = new LinkedHashSet<>();
        declared.forEach(id -> declaredFamilies.add(LicenseDetector.family(id)));
        Set<String> foundFamilies = new LinkedHashSet<>();
        List<String> found = new ArrayList<>();
        List<String> undeclared = new ArrayList<>();
        List<Location> locations = new ArrayList<>();
        locations.add(facts.publiccodeAt("legal.license"));
        for (RepositoryFile<LicenseFile> file : files.get().licenses()) {
            for (DetectedLicense license :
                    file.model().map(LicenseFile::licenses).orElse(List.of())) {
                foundFamilies.add(LicenseDetector.family(license.id()));
                if (!found.contains(license.id())) {
                    found.add(license.id());
                }
                boolean rootFile = !file.path().equals("LICENSES/");
                if (rootFile && !declaredFamilies.contains(LicenseDetector.family(license.id()))) {
                    undeclared.add(license.id());
                    locations.add(RepositoryView.at(file.path(), license.line(), license.line() > 0 ? 1 : 0));
                }
            }
        }
        if (found.isEmpty()) {
            return List.of(Outcome.notApplicable("no licence was recognised in the repository (see FILE-LICENSE)"));
        }
        List<String> missing = declared.stream()
                .filter(id -> !foundFamilies.contains(LicenseDetector.family(id)))
                .toList();
        var evidence = Evidence.of()
                .with("legalLicense", expression)
                .with("found", found)
                .with("missingFromFiles", missing)
                .with("notInLegalLicense", undeclared)
                .map();
        if (missing.isEmpty() && undeclared.isEmpty()) {
            return List.of(Outcome.pass(
                    "publiccode.yml's legal.license " + expression + " agrees with the licence files",
                    locations,
                    evidence));
        }
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            parts.add(String.join(", ", missing) + " of legal.license is not in the licence files");
        }
        if (!undeclared.isEmpty()) {
            parts.add("the licence files declare " + String.join(", ", undeclared) + ", which legal.license ("
                    + expression + ") does not name");
        }
        return List.of(Outcome.fail(String.join("; ", parts), locations, evidence));
    }
}
