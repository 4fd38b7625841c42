package eu.ospo.model.internal.validation;

import eu.ospo.model.validation.CountryCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Validates {@link CountryCode}. */
public final class CountryCodeValidator implements ConstraintValidator<CountryCode, CharSequence> {

    /** The assigned codes and XK. */
    private static final Set<String> CODES = codes();

    /** Creates the validator. */
    public CountryCodeValidator() {}

    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        return value == null || CODES.contains(value.toString());
    }

    private static Set<String> codes() {
        Set<String> codes = new HashSet<>(List.of(Locale.getISOCountries()));
        codes.add("XK");
        return Set.copyOf(codes);
    }
}
