package eu.ospo.model.internal.identifier;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The syntax of an ISO/IEC 6523 organisation identifier written as {@code ICD:id} or {@code
 * ICD:id:part}: a 4-digit International Code Designator, the identifier (1–35 characters without
 * spaces or colons) and an optional part (1–35 characters without spaces). Identifiers under ICD
 * {@code 0190} (Dutch OIN) and {@code 0106} (Dutch KvK number) must also pass their own scheme's
 * syntax.
 */
public final class Iso6523Syntax {

    /** The ICD of the Dutch OIN. */
    public static final String ICD_OIN = "0190";

    /** The ICD of the Dutch Chamber of Commerce (KvK) number. */
    public static final String ICD_KVK = "0106";

    private static final Pattern SHAPE = Pattern.compile("(\\d{4}):([^\\s:]{1,35})(?::\\S{1,35})?");
    private static final Pattern KVK = Pattern.compile("\\d{8}");

    private Iso6523Syntax() {}

    /**
     * What is wrong with a value as an ISO 6523 identifier.
     *
     * @param value the value
     * @return a short explanation, or empty if well-formed
     */
    public static Optional<String> defect(String value) {
        Matcher matcher = SHAPE.matcher(value);
        if (!matcher.matches()) {
            return Optional.of("an ISO 6523 identifier has the form ICD:id with a 4-digit ICD");
        }
        String icd = matcher.group(1);
        String id = matcher.group(2);
        if (ICD_OIN.equals(icd)) {
            return OinSyntax.defect(id).map(reason -> "ICD " + ICD_OIN + " needs an OIN: " + reason);
        }
        if (ICD_KVK.equals(icd) && !KVK.matcher(id).matches()) {
            return Optional.of("ICD " + ICD_KVK + " needs an 8-digit KvK number");
        }
        return Optional.empty();
    }
}
