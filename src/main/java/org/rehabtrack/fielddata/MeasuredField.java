package org.rehabtrack.fielddata;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.rehabtrack.evaluation.Measurements;

/**
 * A measurement of the evaluation as a form question: its field in {@link Measurements}, its name
 * in the form ({@code snake_case}, as XLSForm names usually are) and the limits the service checks,
 * read from the field's own validation annotations so that the phone refuses exactly what the
 * service would.
 */
record MeasuredField(String field, Kind kind, BigDecimal min, BigDecimal max, int fractionDigits) {

    /** How the measurement is answered. */
    enum Kind {
        WHOLE,
        DECIMAL,
        YES_NO
    }

    /**
     * The types a measurement has. Read by type, not by modifier: Quarkus makes an entity's public
     * fields private when it enhances the class, and adds fields of its own.
     */
    private static final java.util.Set<Class<?>> MEASURED_TYPES =
            java.util.Set.of(Integer.class, BigDecimal.class, Boolean.class);

    /** Every measurement, in the order {@link Measurements} declares them. */
    static final List<MeasuredField> ALL =
            Arrays.stream(Measurements.class.getDeclaredFields())
                    .filter(f -> !Modifier.isStatic(f.getModifiers()) && !f.isSynthetic())
                    .filter(f -> MEASURED_TYPES.contains(f.getType()))
                    .map(MeasuredField::of)
                    .toList();

    /** The question's name: {@code coveredAreaM2} is {@code covered_area_m2}. */
    String name() {
        return questionName(field);
    }

    /**
     * The form's name for a field of the API: {@code camelCase} as {@code snake_case}, as XLSForm
     * names usually are; the import names answers back the same way.
     */
    static String questionName(String apiField) {
        return apiField.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static MeasuredField of(Field field) {
        Class<?> type = field.getType();
        if (type == Boolean.class) {
            return new MeasuredField(field.getName(), Kind.YES_NO, null, null, 0);
        }
        BigDecimal min = null;
        BigDecimal max = null;
        int fraction = 0;
        if (field.isAnnotationPresent(PositiveOrZero.class)) {
            min = BigDecimal.ZERO;
        }
        DecimalMin decimalMin = field.getAnnotation(DecimalMin.class);
        if (decimalMin != null) {
            min = new BigDecimal(decimalMin.value());
        }
        Max whole = field.getAnnotation(Max.class);
        if (whole != null) {
            max = BigDecimal.valueOf(whole.value());
        }
        Digits digits = field.getAnnotation(Digits.class);
        if (digits != null) {
            fraction = digits.fraction();
            max =
                    BigDecimal.TEN
                            .pow(digits.integer())
                            .subtract(BigDecimal.ONE.movePointLeft(fraction));
        }
        DecimalMax decimalMax = field.getAnnotation(DecimalMax.class);
        if (decimalMax != null) {
            BigDecimal upper = new BigDecimal(decimalMax.value());
            max = max == null ? upper : max.min(upper);
        }
        if (min == null || max == null) {
            throw new IllegalStateException(
                    "Measurement " + field.getName() + " has no lower or upper limit to check");
        }
        Kind kind = type == Integer.class ? Kind.WHOLE : Kind.DECIMAL;
        return new MeasuredField(field.getName(), kind, min, max, fraction);
    }
}
