package eu.ospo.publiccode.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import eu.ospo.model.MaintenanceType;
import eu.ospo.publiccode.PublicCodeGenerators;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each wither of {@link PublicCode} and {@link Description} replaces exactly its own component (over
 * generated models), and the factories leave every optional key out.
 */
class WithersTest {

    @Test
    void eachWitherReplacesItsComponentOnly() {
        qt().withExamples(50)
                .forAll(PublicCodeGenerators.validWithDeprecated(), PublicCodeGenerators.validWithDeprecated())
                .checkAssert((a, b) -> {
                    check(a, b);
                    Description d = a.description().values().iterator().next();
                    Description e = b.description().values().iterator().next();
                    check(d, e);
                });
    }

    @Test
    void factoriesSetTheRequiredKeysOnly() {
        Description description = Description.of("Short", "x".repeat(150), List.of("feature"));
        Legal legal = new Legal("EUPL-1.2", Optional.empty(), Optional.empty(), Optional.empty());
        Maintenance maintenance = new Maintenance(MaintenanceType.NONE, List.of(), List.of());
        Localisation localisation = new Localisation(true, List.of("en"));
        PublicCode m = PublicCode.of(
                "Sample",
                "https://example.org/sample.git",
                List.of("web"),
                DevelopmentStatus.BETA,
                SoftwareType.LIBRARY,
                Map.of("en", description),
                legal,
                maintenance,
                localisation);
        assertThat(m.publiccodeYmlVersion()).isEqualTo(PublicCode.LATEST_VERSION);
        assertThat(List.of(m.name(), m.url(), m.platforms(), m.developmentStatus(), m.softwareType()))
                .containsExactly(
                        "Sample",
                        "https://example.org/sample.git",
                        List.of("web"),
                        DevelopmentStatus.BETA,
                        SoftwareType.LIBRARY);
        assertThat(List.of(m.description(), m.legal(), m.maintenance(), m.localisation()))
                .containsExactly(Map.of("en", description), legal, maintenance, localisation);
        for (RecordComponent component : PublicCode.class.getRecordComponents()) {
            Object value = invoke(component.getAccessor(), m);
            if (value instanceof Optional<?> optional) {
                assertThat(optional).as(component.getName()).isEmpty();
            } else if (value instanceof List<?> list && !component.getName().equals("platforms")) {
                assertThat(list).as(component.getName()).isEmpty();
            }
        }
        assertThat(List.of(description.localisedName(), description.documentation(), description.genericName()))
                .containsOnly(Optional.empty());
        assertThat(description.screenshots()).isEmpty();
    }

    /** Every component has a wither that changes it alone; applying all of them to a gives b. */
    private static <R extends Record> void check(R a, R b) {
        R rebuilt = a;
        RecordComponent[] components = a.getClass().getRecordComponents();
        for (RecordComponent component : components) {
            Method wither = wither(a.getClass(), component);
            Object value = invoke(component.getAccessor(), b);
            Object changed = invoke(wither, a, value);
            for (RecordComponent other : components) {
                Object expected = other.getName().equals(component.getName()) ? value : invoke(other.getAccessor(), a);
                assertThat(invoke(other.getAccessor(), changed))
                        .as("%s changes %s", wither.getName(), other.getName())
                        .isEqualTo(expected);
            }
            @SuppressWarnings("unchecked")
            R next = (R) invoke(wither, rebuilt, value);
            rebuilt = next;
        }
        assertThat(rebuilt).isEqualTo(b);
    }

    private static Method wither(Class<?> type, RecordComponent component) {
        String name = "with" + Character.toUpperCase(component.getName().charAt(0))
                + component.getName().substring(1);
        try {
            return type.getMethod(name, component.getType());
        } catch (NoSuchMethodException e) {
            throw new AssertionError(type.getSimpleName() + " has no " + name, e);
        }
    }

    private static Object invoke(Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new AssertionError(method + " failed", e);
        }
    }
}
