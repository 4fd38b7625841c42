package eu.ospo.publiccode.internal.check;

import java.util.HashSet;
import java.util.Set;

/** The codes of the Italian public-administration index (iPA). Thread-safe. */
public final class IpaCodes {
    private final Set<String> lowerCaseCodes;

    private IpaCodes(Set<String> lowerCaseCodes) {
        this.lowerCaseCodes = lowerCaseCodes;
    }

    /**
     * The shared instance, loaded from resources on first use.
     *
     * @return the instance
     */
    public static IpaCodes instance() {
        return Holder.INSTANCE;
    }

    /**
     * Whether the code is in the list, compared case-insensitively.
     *
     * @param code for example {@code pcm}
     * @return true if known
     */
    public boolean isKnown(String code) {
        return lowerCaseCodes.contains(AsciiCase.toLower(code));
    }

    /** How many codes the list holds. */
    int size() {
        return lowerCaseCodes.size();
    }

    private static final class Holder {
        static final IpaCodes INSTANCE = load();

        private static IpaCodes load() {
            Set<String> codes = new HashSet<>();
            for (String code : TsvColumn.read("it-ipa-codes.tsv", 0)) {
                codes.add(AsciiCase.toLower(code));
            }
            return new IpaCodes(Set.copyOf(codes));
        }
    }
}
