package eu.ospo.governance.files;

import java.util.List;
import java.util.Locale;

/**
 * A prose document such as {@code CONTRIBUTING.md} or {@code GOVERNANCE.md}: what a validator can
 * read from it without understanding it.
 *
 * @param headings its headings, in order
 * @param emails the e-mail addresses it mentions
 * @param urls the http(s) URLs it mentions
 * @param lines how many lines it has
 */
public record CommunityDocument(List<Heading> headings, List<Mention> emails, List<Mention> urls, int lines) {

    /** Copies the lists. */
    public CommunityDocument {
        headings = List.copyOf(headings);
        emails = List.copyOf(emails);
        urls = List.copyOf(urls);
    }

    /**
     * Whether some heading contains a word, without case.
     *
     * @param word the word, for example {@code vot}
     * @return true when a heading contains it
     */
    public boolean hasHeadingWith(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return headings.stream().anyMatch(h -> h.text().toLowerCase(Locale.ROOT).contains(lower));
    }
}
