package eu.ospo.publiccode.internal.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Strict BCP 47 language tags checked against the bundled IANA language subtag registry
 * (publiccode-spec.md 3.11). Thread-safe; load once.
 *
 * <p>The grammar is RFC 5646 section 2.1 ({@code langtag / privateuse / grandfathered}); validity
 * follows section 2.2.9 with the registry of File-Date 2025-08-25:
 *
 * <ul>
 *   <li>The primary language must be a registered language subtag. The registry only has a
 *       3-letter code where no 2-letter code exists, so {@code eng} and {@code ita} are rejected
 *       ({@code en}, {@code it}); 4-letter languages are reserved and rejected. Private-use ranges
 *       ({@code qaa..qtz}, script {@code Qaaa..Qabx}, regions {@code QM..QZ}, {@code XA..XZ},
 *       {@code AA}, {@code ZZ}) are registered and accepted.
 *   <li>At most one extlang, and only after the language its registry Prefix names ({@code
 *       zh-yue}, not {@code en-yue}).
 *   <li>Script and region (2 letters or 3 digits) must be registered.
 *   <li>Each variant must be registered, appear once, and, if it has Prefix fields, the tag must
 *       start with one of them, compared subtag by subtag ({@code sl-IT-nedis}, {@code
 *       de-CH-1996}; not {@code en-nedis}).
 *   <li>Extensions: a singleton other than {@code x} followed by subtags of 2-8 characters, each
 *       singleton once. Their content is not checked against the extension registries.
 *   <li>Private use {@code x-…} (alone or at the end) with subtags of 1-8 characters; the 26
 *       grandfathered tags ({@code i-klingon}) as whole tags.
 *   <li>ASCII only, case-insensitive; {@code _} is not a separator ({@code en_GB} is rejected).
 * </ul>
 *
 * <p>Where this differs from the reference (go-playground's {@code bcp47_strict_language_tag}):
 * the reference matches Prefix fields as plain string prefixes, lets several extlangs through,
 * allows repeated variants and singletons, accepts only one subtag in a tag that is pure private
 * use ({@code x-foo}, not {@code x-foo-bar}), and takes its language/script/region tables from
 * golang.org/x/text rather than the registry. This class follows the RFC in all of those.
 */
public final class LanguageTags {
    private final LanguageSubtagRegistry registry;

    LanguageTags(LanguageSubtagRegistry registry) {
        this.registry = registry;
    }

    /**
     * The shared instance, loaded from resources on first use.
     *
     * @return the instance
     */
    public static LanguageTags instance() {
        return Holder.INSTANCE;
    }

    /**
     * Whether the tag is a well-formed RFC 5646 tag whose subtags are all registered: the language is
     * the shortest ISO 639 code ({@code en}, not {@code eng}), no 4-letter languages, extlang, script,
     * region and variants registered; grandfathered tags and {@code x-} private use accepted; {@code
     * en_GB} rejected. Case-insensitive.
     *
     * @param tag the tag
     * @return true if valid
     */
    public boolean isValid(String tag) {
        if (tag.isEmpty()) {
            return false;
        }
        String lower = AsciiCase.toLower(tag);
        if (registry.isGrandfathered(lower)) {
            return true;
        }
        String[] subtags = lower.split("-", -1);
        for (String subtag : subtags) {
            if (subtag.isEmpty() || subtag.length() > 8 || !isAlphanumeric(subtag)) {
                return false;
            }
        }
        if (subtags[0].equals("x")) {
            return subtags.length > 1;
        }
        return isLangtag(subtags);
    }

    private boolean isLangtag(String[] subtags) {
        String language = subtags[0];
        if (!isAlpha(language) || language.length() < 2 || language.length() == 4) {
            return false;
        }
        if (!registry.isLanguage(language)) {
            return false;
        }
        int n = subtags.length;
        int i = 1;
        if (language.length() <= 3 && i < n && isAlpha(subtags[i]) && subtags[i].length() == 3) {
            if (!language.equals(registry.extlangPrefix(subtags[i]))) {
                return false;
            }
            i++;
        }
        if (i < n && isAlpha(subtags[i]) && subtags[i].length() == 4) {
            if (!registry.isScript(subtags[i])) {
                return false;
            }
            i++;
        }
        if (i < n && isRegionShaped(subtags[i])) {
            if (!registry.isRegion(subtags[i])) {
                return false;
            }
            i++;
        }
        Set<String> variants = new HashSet<>();
        while (i < n && isVariantShaped(subtags[i])) {
            if (!variants.add(subtags[i]) || !isVariantAllowed(subtags, i)) {
                return false;
            }
            i++;
        }
        Set<String> singletons = new HashSet<>();
        while (i < n && subtags[i].length() == 1 && !subtags[i].equals("x")) {
            if (!singletons.add(subtags[i])) {
                return false;
            }
            i++;
            int first = i;
            while (i < n && subtags[i].length() >= 2) {
                i++;
            }
            if (i == first) {
                return false;
            }
        }
        if (i < n && subtags[i].equals("x")) {
            return i + 1 < n;
        }
        return i == n;
    }

    /** Whether the variant at {@code index} is registered and the tag starts with one of its prefixes. */
    private boolean isVariantAllowed(String[] subtags, int index) {
        List<String> prefixes = registry.variantPrefixes(subtags[index]);
        if (prefixes == null) {
            return false;
        }
        if (prefixes.isEmpty()) {
            return true;
        }
        for (String prefix : prefixes) {
            String[] prefixSubtags = prefix.split("-");
            if (prefixSubtags.length <= index && startsWith(subtags, prefixSubtags)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(String[] subtags, String[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (!subtags[i].equals(prefix[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRegionShaped(String subtag) {
        return (subtag.length() == 2 && isAlpha(subtag)) || (subtag.length() == 3 && isDigits(subtag));
    }

    private static boolean isVariantShaped(String subtag) {
        return subtag.length() >= 5 || (subtag.length() == 4 && isDigit(subtag.charAt(0)));
    }

    private static boolean isAlpha(String subtag) {
        for (int i = 0; i < subtag.length(); i++) {
            if (!isLetter(subtag.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigits(String subtag) {
        for (int i = 0; i < subtag.length(); i++) {
            if (!isDigit(subtag.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlphanumeric(String subtag) {
        for (int i = 0; i < subtag.length(); i++) {
            char c = subtag.charAt(i);
            if (!isLetter(c) && !isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The registry behind this instance (for tests). */
    LanguageSubtagRegistry registry() {
        return registry;
    }

    private static final class Holder {
        static final LanguageTags INSTANCE = new LanguageTags(LanguageSubtagRegistry.load());
    }
}
