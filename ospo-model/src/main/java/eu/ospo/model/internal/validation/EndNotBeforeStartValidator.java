package eu.ospo.model.internal.validation;

import eu.ospo.model.validation.EndNotBeforeStart;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link EndNotBeforeStart} on any record by reading the two named components through their
 * accessors.
 */
public final class EndNotBeforeStartValidator implements ConstraintValidator<EndNotBeforeStart, Record> {

    private String start = "start";
    private String end = "end";

    /** Creates the validator. */
    public EndNotBeforeStartValidator() {}

    @Override
    public void initialize(EndNotBeforeStart annotation) {
        start = annotation.start();
        end = annotation.end();
    }

    @Override
    public boolean isValid(@Nullable Record value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Optional<LocalDate> first = date(value, start);
        Optional<LocalDate> last = date(value, end);
        if (first.isPresent() && last.isPresent() && last.get().isBefore(first.get())) {
            Violations.onProperty(context, end, "must not be before " + start + " (" + first.get() + ")");
            return false;
        }
        return true;
    }

    private static Optional<LocalDate> date(Record value, String name) {
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                return asDate(read(value, component), name);
            }
        }
        throw new IllegalArgumentException(value.getClass().getName() + " has no record component named " + name);
    }

    private static @Nullable Object read(Record value, RecordComponent component) {
        try {
            return component.getAccessor().invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    private static Optional<LocalDate> asDate(@Nullable Object raw, String name) {
        if (raw == null) {
            return Optional.empty();
        }
        if (raw instanceof LocalDate date) {
            return Optional.of(date);
        }
        if (raw instanceof Optional<?> optional) {
            return optional.isEmpty() ? Optional.empty() : asDate(optional.get(), name);
        }
        throw new IllegalArgumentException(name + " is neither a LocalDate nor an Optional<LocalDate>");
    }
}
