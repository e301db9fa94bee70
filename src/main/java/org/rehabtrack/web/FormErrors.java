package org.rehabtrack.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.system.Dates;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.problem.Messages;

/**
 * The errors of a submitted form, by field, in the user's language: from reading the typed text and
 * the request's validation rules (page texts, {@link PageMessages}), and from the service refusing
 * the change (the API's problem texts, {@code system/problem/Messages}). The field {@code ""} holds
 * an error of the whole form.
 */
final class FormErrors {

    static final String FORM = "";

    private final Map<String, String> errors = new LinkedHashMap<>();
    private final PageMessages msg;
    private final Locale locale;

    /** The errors of a form on this page, in its language. */
    FormErrors(Page page) {
        this.msg = page.msg();
        this.locale = page.locale();
    }

    /**
     * The errors of a form posted with this token: none yet, or, when the token is not the
     * session's, the form's own error that it expired.
     */
    static FormErrors posted(Page page, String token) {
        FormErrors errors = new FormErrors(page);
        if (!Csrf.matches(page.csrf(), token)) {
            errors.add(FORM, errors.msg().page_csrf());
        }
        return errors;
    }

    /** The page's texts, to name an error: {@code errors.add("photo", errors.msg().…)}. */
    PageMessages msg() {
        return msg;
    }

    /** An error next to a field (the first one found for it stays). */
    void add(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    /** A choice among an enum's values; null, with the error noted, when missing or unknown. */
    <E extends Enum<E>> E choice(String field, Class<E> type, String typed) {
        if (typed == null || typed.isBlank()) {
            add(field, msg.page_form_required());
            return null;
        }
        try {
            return Enum.valueOf(type, typed.strip());
        } catch (IllegalArgumentException e) {
            add(field, msg.page_form_choose());
            return null;
        }
    }

    /**
     * A date as a date input sends it (yyyy-mm-dd); null, with the error noted, when not a real
     * date.
     */
    LocalDate date(String field, String typed, boolean required) {
        if (typed == null || typed.isBlank()) {
            if (required) {
                add(field, msg.page_form_required());
            }
            return null;
        }
        Optional<LocalDate> date = Dates.parse(typed);
        if (date.isEmpty()) {
            add(field, msg.page_form_date());
        }
        return date.orElse(null);
    }

    /** A decimal number, with a comma or a point before the decimals. */
    BigDecimal number(String field, String typed, boolean required) {
        if (typed == null || typed.isBlank()) {
            if (required) {
                add(field, msg.page_form_required());
            }
            return null;
        }
        try {
            return new BigDecimal(typed.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            add(field, msg.page_form_number());
            return null;
        }
    }

    /** A text longer than {@code max} characters once stripped, noted next to its field. */
    void atMost(String field, String typed, int max) {
        if (typed != null && typed.strip().length() > max) {
            add(field, msg.page_form_tooLong(max));
        }
    }

    /** A whole number, such as a count of persons. */
    Integer whole(String field, String typed, boolean required) {
        if (typed == null || typed.isBlank()) {
            if (required) {
                add(field, msg.page_form_required());
            }
            return null;
        }
        try {
            return new BigDecimal(typed.strip()).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            add(field, msg.page_form_whole());
            return null;
        }
    }

    /** The request's own rules (the API's), each broken one next to its field. */
    <T> void violations(Set<ConstraintViolation<T>> violations) {
        for (ConstraintViolation<T> v : violations) {
            String field = v.getPropertyPath().toString();
            Annotation rule = v.getConstraintDescriptor().getAnnotation();
            if (rule instanceof Size size) {
                add(field, msg.page_form_tooLong(size.max()));
            } else if (rule instanceof DecimalMin min) {
                add(field, msg.page_form_atLeast(min.value()));
            } else if (rule instanceof DecimalMax max) {
                add(field, msg.page_form_atMost(max.value()));
            } else if (rule instanceof Max max) {
                add(field, msg.page_form_atMost(Long.toString(max.value())));
            } else if (rule instanceof PositiveOrZero) {
                add(field, msg.page_form_atLeast("0"));
            } else if (rule instanceof Pattern) {
                add(field, msg.page_form_pattern());
            } else if (rule instanceof Digits digits) {
                add(field, msg.page_form_digits(digits.fraction()));
            } else {
                add(field, msg.page_form_required());
            }
        }
    }

    /** An error the request's rules named by its own field, shown next to the form's field. */
    void rename(String requestField, String formField) {
        String message = errors.remove(requestField);
        if (message != null) {
            add(formField, message);
        }
    }

    /** The service's refusal: next to the fields it names, else for the whole form. */
    void refused(Refusal e) {
        if (e.fieldProblems().isEmpty()) {
            errors.putIfAbsent(FORM, text(e.detail()));
        }
        for (Refusal.FieldProblem problem : e.fieldProblems()) {
            errors.putIfAbsent(problem.field(), text(problem.message()));
        }
    }

    /** The service's refusal of one part of the form, shown next to that field. */
    void refused(Refusal e, String field) {
        errors.putIfAbsent(
                field,
                text(
                        e.fieldProblems().isEmpty()
                                ? e.detail()
                                : e.fieldProblems().get(0).message()));
    }

    /** A text field as typed, stripped; null when left empty. */
    static String blankToNull(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    /**
     * A refused form's answer: the page drawn again with what was typed and the errors, 422, in the
     * answer to the post itself; only a saved form redirects.
     */
    static jakarta.ws.rs.core.Response unprocessable(io.quarkus.qute.TemplateInstance page) {
        return jakarta.ws.rs.core.Response.status(422)
                .entity(page)
                .type(jakarta.ws.rs.core.MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .build();
    }

    boolean any() {
        return !errors.isEmpty();
    }

    Map<String, String> map() {
        return errors;
    }

    private String text(Refusal.Message message) {
        return Messages.get(locale, message);
    }
}
