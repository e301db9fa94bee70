package org.rehabtrack.system;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Settings under the {@code rehabtrack.} prefix; see README "Configuration". A start that is not a
 * demo refuses the settings of a demo ({@link ProductionSettings}).
 */
@ConfigMapping(prefix = "rehabtrack")
@ProductionSettings
public interface RehabtrackConfig {

    /**
     * A demo (REHABTRACK_DEMO=true, and every dev and test run): the sample data, the demo accounts
     * and the demo session key by default. Chosen when the application starts, never when it is
     * built; off, the application is in production.
     */
    @WithDefault("false")
    boolean demo();

    /** Folder holding the embedded database (and later photos). */
    String dataDir();

    /** Zone in which "today" is taken: actual dates may not be after it. */
    @WithDefault("America/Tegucigalpa")
    ZoneId timeZone();

    /**
     * The address where the service's users reach it (REHABTRACK_PUBLIC_URL), for the links in the
     * mails it sends; none when unset.
     */
    Optional<String> publicUrl();

    SampleData sampleData();

    Synthetic synthetic();

    Http http();

    Security security();

    Reports reports();

    Backup backup();

    Iati iati();

    /** The programme as IATI activities (docs/iati.md). */
    interface Iati {
        /** The reporting organisation's IATI identifier: IOM's. */
        @WithDefault("XM-DAC-47066")
        String reportingOrgRef();

        /** The reporting organisation's IATI type: 40, multilateral. */
        @WithDefault("40")
        String reportingOrgType();

        /**
         * The programme's code: its activity's identifier is the reporting organisation's followed
         * by it, and each center's activity's is the programme's followed by the center's code.
         */
        @WithDefault("HN-CAMR")
        String programme();

        /**
         * The DAC 5-digit purpose code of every activity: 15190, facilitation of orderly, safe,
         * regular and responsible migration and mobility.
         */
        @WithDefault("15190")
        String sector();
    }

    interface Backup {
        /**
         * Online backups kept in the data folder's {@code backups}: after each one, older ones
         * beyond this count are removed.
         */
        @WithDefault("10")
        @Min(1)
        int keep();
    }

    interface Reports {
        /**
         * Whether a small budget workbook is written in the background at start-up, so that the
         * first report asked for does not wait for the report code to load and compile.
         */
        @WithDefault("true")
        boolean warmUp();

        /** Workbooks written at once; each large one may take a few hundred MiB of heap. */
        @WithDefault("2")
        int maxParallel();

        /** Downloads that may wait in line for a free slot; any more are refused (503). */
        @WithDefault("16")
        int queueSize();

        /** How long a download waits in line before it is refused (503 with Retry-After). */
        @WithDefault("60S")
        Duration queueWait();

        /** The archive of the workbooks issued (docs/reports.md, "Archive"). */
        Archive archive();

        /** The schedules that send workbooks by e-mail (docs/reports.md, "Schedules"). */
        Schedules schedules();

        Mail mail();
    }

    /** How a schedule's workbooks are mailed. */
    interface Mail {
        /** The most a mail's attachments may weigh together; workbooks beyond are linked. */
        @WithDefault("10M")
        MemorySize maxAttachment();

        /** How long a link to a workbook too large to attach can be followed. */
        @WithDefault("30d")
        Duration linkValidFor();
    }

    interface Schedules {
        /**
         * How often the schedules look for occasions due (a duration such as {@code 60s}); {@code
         * off} stops the sending (the tests send by calling it).
         */
        @WithDefault("60s")
        String every();

        /** How long after start-up the schedules first look (a duration such as {@code 30s}). */
        @WithDefault("30s")
        String delay();
    }

    interface Archive {
        /**
         * The folder of the archived workbooks; when not set, the folder {@code reports} beside the
         * photo folder ({@code <data-dir>/reports} by default).
         */
        Optional<String> dir();

        /**
         * How many years an archived workbook is kept after it was issued; older ones are removed
         * every night ({@code retention-cron}). 0 keeps them all.
         */
        @WithDefault("10")
        @Min(0)
        int retentionYears();

        /** When the retention runs: a Quartz cron expression, nightly at 02:30 by default. */
        @WithDefault("0 30 2 * * ?")
        String retentionCron();
    }

    interface Security {
        /**
         * Demo accounts, one per role, created with the sample data or a synthetic portfolio; on in
         * a demo, refused in production.
         */
        @WithDefault("false")
        boolean demoAccounts();

        /**
         * The key of browser sessions and CSRF tokens (REHABTRACK_SESSION_KEY), 32 characters or
         * more, the same on every instance; a demo without one uses the demo key.
         */
        Optional<String> sessionKey();

        /**
         * Whether demo accounts found in the database are removed at start-up
         * (REHABTRACK_REMOVE_DEMO_ACCOUNTS): production refuses to sign them in anyway.
         */
        @WithDefault("false")
        boolean removeDemoAccounts();

        /** The demo accounts' password. */
        Optional<String> demoPassword();

        SignIn signIn();

        Session session();

        FirstAdmin firstAdmin();

        /**
         * The first administrator, created at start-up while the database has none (production has
         * no demo accounts); ignored once an administrator exists.
         */
        interface FirstAdmin {
            Optional<String> username();

            Optional<String> password();
        }

        interface Session {
            /** A browser session unused this long ends. */
            @WithDefault("30M")
            Duration idleTimeout();

            /** A browser session ends this long after signing in, used or not. */
            @WithDefault("12H")
            Duration absoluteTimeout();
        }

        interface SignIn {
            /**
             * Failed sign-ins in a row for one user name before it is refused for a while (429).
             */
            @WithDefault("10")
            int maxFailures();

            /** Failed sign-ins in a row from one address before it is refused for a while (429). */
            @WithDefault("50")
            int maxFailuresPerAddress();

            /** How long a user name or address is refused after too many failures. */
            @WithDefault("15M")
            Duration lockout();

            /**
             * Password checks (bcrypt, a quarter of a second of a core each) that may run at once;
             * they hold no database connection. A sign-in that finds none free within {@link
             * #checkWait()} is refused for now (503 with Retry-After).
             */
            @WithDefault("4")
            int maxParallelChecks();

            /** How long a sign-in waits for a free password check before it is refused for now. */
            @WithDefault("1S")
            Duration checkWait();
        }
    }

    interface Http {
        /** The largest request body other than a photo upload. */
        @WithDefault("1M")
        MemorySize maxBodySize();
    }

    interface Synthetic {
        /**
         * The size of the synthetic portfolio (M or L) loaded into an empty database at start-up
         * instead of the sample data; empty: none (docs/benchmarks.md).
         */
        Optional<String> size();
    }

    interface SampleData {
        /** Whether the illustrative sample data is loaded into an empty database at start-up. */
        @WithDefault("false")
        boolean load();
    }
}
