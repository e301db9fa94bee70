package org.rehabtrack.system;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The settings a production start refuses, checked on {@link RehabtrackConfig} while the
 * configuration is read: the very first step of a start, before the database is opened, so a
 * refused start creates nothing in the data folder. Each refusal is one line that names the setting
 * to change; Quarkus prints a configuration failure as its message alone, without a stack trace. A
 * demo ({@code REHABTRACK_DEMO=true}, and every dev and test run) is not production.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ProductionSettings.Check.class)
public @interface ProductionSettings {

    /** Session keys shorter than this are refused: 32 characters, 256 bits of a random key. */
    int MIN_SESSION_KEY = 32;

    /** The session key of demos, never accepted in production. */
    String DEMO_SESSION_KEY = "rehabtrack-demo-session-key-not-for-production";

    String message() default "refused in production";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the settings of a start that is not a demo. */
    class Check implements ConstraintValidator<ProductionSettings, RehabtrackConfig> {

        @Override
        public boolean isValid(RehabtrackConfig config, ConstraintValidatorContext context) {
            List<String> problems = problems(config);
            if (problems.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            for (String problem : problems) {
                // Escaped: a message template reads braces and dollar signs as expressions.
                context.buildConstraintViolationWithTemplate(
                                problem.replaceAll("([{}$\\\\])", "\\\\$1"))
                        .addConstraintViolation();
            }
            return false;
        }

        /** Why a start with these settings must be refused; none for a demo. */
        static List<String> problems(RehabtrackConfig config) {
            if (config.demo()) {
                return List.of();
            }
            return problems(
                    config.security().sessionKey(),
                    config.security().demoAccounts(),
                    config.sampleData().load(),
                    config.synthetic().size().isPresent());
        }

        static List<String> problems(
                Optional<String> sessionKey,
                boolean demoAccounts,
                boolean sampleData,
                boolean synthetic) {
            List<String> problems = new ArrayList<>();
            String demo = " (for a demo, start with REHABTRACK_DEMO=true instead)";
            if (sessionKey.isEmpty() || sessionKey.get().isBlank()) {
                problems.add(
                        "REHABTRACK_SESSION_KEY is not set: production needs a session key of its own, "
                                + MIN_SESSION_KEY
                                + " characters or more"
                                + demo);
            } else if (sessionKey.get().startsWith("rehabtrack-demo-session-key")) {
                problems.add(
                        "REHABTRACK_SESSION_KEY is the demo key: production needs a key of its own, "
                                + MIN_SESSION_KEY
                                + " characters or more");
            } else if (sessionKey.get().length() < MIN_SESSION_KEY) {
                problems.add(
                        "REHABTRACK_SESSION_KEY is too short: "
                                + sessionKey.get().length()
                                + " characters where production needs "
                                + MIN_SESSION_KEY
                                + " or more");
            }
            if (demoAccounts) {
                problems.add(
                        "REHABTRACK_DEMO_ACCOUNTS is true: production never creates demo accounts; unset it"
                                + demo);
            }
            if (sampleData) {
                problems.add(
                        "REHABTRACK_SAMPLE_DATA is true: production never loads the sample data; unset it"
                                + demo);
            }
            if (synthetic) {
                problems.add(
                        "REHABTRACK_SYNTHETIC is set: production never loads a synthetic portfolio; unset it"
                                + demo);
            }
            return problems;
        }
    }
}
