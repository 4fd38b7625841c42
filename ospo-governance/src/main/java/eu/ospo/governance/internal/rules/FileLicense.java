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
import eu.ospo.publiccode.model.DevelopmentStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** FILE-LICENSE: the repository has a licence file declaring an OSI- or FSF-approved licence. */
final class FileLicense extends RuleDefinition {

    FileLicense() {
        super(
                "FILE-LICENSE",
                Severity.ERROR,
                Anchors.CLOMONITOR_APPROVED_LICENSE,
                "The repository root has a licence file (LICENSE*, LICENCE*, COPYING*) or a REUSE LICENSES/ folder,"
                        + " and some licence found in it (by SPDX-License-Identifier, the licence's text or the"
                        + " LICENSES/ file names) is approved by the OSI or marked free by the FSF.",
                Maturity.requiredFrom(DevelopmentStatus.CONCEPT));
    }

    @Override
    public List<Outcome> evaluate(Facts facts, RuleParameters parameters) {
        Optional<RepositoryFiles> files = facts.context().repositoryFiles();
        if (files.isEmpty()) {
            return RepositoryView.notRead();
        }
        List<RepositoryFile<LicenseFile>> licenses = files.get().licenses();
        if (licenses.isEmpty()) {
            return Maturity.missing(
                    facts,
                    parameters,
                    Outcome.fail(
                            "the repository has no licence file (LICENSE, LICENCE, COPYING) and no LICENSES/ folder",
                            List.of(),
                            Evidence.of().with("files", List.of()).map()));
        }
        List<String> paths = licenses.stream().map(RepositoryFile::path).toList();
        List<Object> found = new ArrayList<>();
        List<String> approved = new ArrayList<>();
        List<Location> locations = new ArrayList<>();
        for (RepositoryFile<LicenseFile> file : licenses) {
            for (DetectedLicense license :
                    file.model().map(LicenseFile::licenses).orElse(List.of())) {
                found.add(Evidence.ordered(
                        "file",
                        file.path(),
                        "id",
                        license.id(),
                        "source",
                        license.source().name().toLowerCase(java.util.Locale.ROOT)));
                if (LicenseDetector.isApproved(license.id()) && !approved.contains(license.id())) {
                    approved.add(license.id());
                    locations.add(RepositoryView.at(file.path(), license.line(), license.line() > 0 ? 1 : 0));
                }
            }
        }
        var evidence = Evidence.of()
                .with("files", paths)
                .with("licenses", found)
                .with("approved", approved)
                .map();
        if (!approved.isEmpty()) {
            return List.of(
                    Outcome.pass("the repository's licence is " + String.join(", ", approved), locations, evidence));
        }
        String message = found.isEmpty()
                ? "no licence could be recognised in " + String.join(", ", paths)
                        + " (add an SPDX-License-Identifier line or use REUSE's LICENSES/ folder)"
                : "no licence found in " + String.join(", ", paths) + " is OSI- or FSF-approved";
        return List.of(Outcome.fail(
                message, paths.stream().map(p -> RepositoryView.at(p, 0, 0)).toList(), evidence));
    }
}
