package eu.ospo.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * Checks a record's withers by reflection: every component has one, it replaces exactly that
 * component, and applying all of them to one record with another's values gives the other.
 */
public final class WitherContract {

    private WitherContract() {}

    /**
     * Checks the withers of a record type.
     *
     * @param <R> the record type
     * @param a one record
     * @param b another record, ideally different in every component
     */
    public static <R extends Record> void check(R a, R b) {
        R rebuilt = a;
        for (RecordComponent component : a.getClass().getRecordComponents()) {
            Method wither = wither(a.getClass(), component);
            Object value = value(component, b);
            @SuppressWarnings("unchecked")
            R changed = (R) invoke(wither, a, value);
            for (RecordComponent other : a.getClass().getRecordComponents()) {
                Object expected = other.getName().equals(component.getName()) ? value : value(other, a);
                assertThat(value(other, changed))
                        .as("%s.%s changes %s", a.getClass().getSimpleName(), wither.getName(), other.getName())
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
            Method method = type.getMethod(name, component.getType());
            assertThat(method.getReturnType()).isEqualTo(type);
            return method;
        } catch (NoSuchMethodException e) {
            throw new AssertionError(type.getSimpleName() + " has no " + name + "(" + component.getType() + ")", e);
        }
    }

    private static Object value(RecordComponent component, Object record) {
        return invoke(component.getAccessor(), record);
    }

    private static Object invoke(Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new AssertionError(method + " failed", e);
        }
    }
}
