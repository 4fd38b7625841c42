package eu.ospo.governance.internal.rules;

import eu.ospo.governance.files.CommunityDocument;
import eu.ospo.governance.files.RepositoryFile;
import eu.ospo.governance.files.RepositoryFiles;
import eu.ospo.governance.rules.Outcome;
import java.util.List;

/** Shared pieces of the rules that check that a file is present. */
final class FilePresence {

    private FilePresence() {}

    /** The folders the forge looks in, for messages: {@code the root, .github/, docs/}. */
    static String folders(RepositoryFiles files) {
        return String.join(", ", folderList(files));
    }

    static List<String> folderList(RepositoryFiles files) {
        return files.forge().communityFolders().stream()
                .map(f -> f.isEmpty() ? "the root" : f)
                .toList();
    }

    /** A pass for a document that is there, with its path and headings as evidence. */
    static Outcome found(RepositoryFile<CommunityDocument> file, String what) {
        int headings = file.model().map(d -> d.headings().size()).orElse(0);
        return Outcome.pass(
                file.path() + " has the " + what,
                List.of(RepositoryView.at(file.path(), 0, 0)),
                Evidence.of()
                        .with("file", file.path())
                        .with("headings", headings)
                        .map());
    }
}
