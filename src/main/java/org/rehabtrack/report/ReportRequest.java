package org.rehabtrack.report;

import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rehabtrack.system.Refusal;

/**
 * The parameters every report takes (API.md): centers, funding source, period, status date,
 * language.
 */
public class ReportRequest {

    /** Center codes; all the caller may see when none. Repeatable. */
    @QueryParam("center")
    public List<String> centers = new ArrayList<>();

    @QueryParam("fundingSource")
    public String fundingSource;

    @QueryParam("from")
    public String from;

    @QueryParam("to")
    public String to;

    @QueryParam("statusDate")
    public String statusDate;

    /** es or en; the caller's Accept-Language when left out. */
    @QueryParam("lang")
    public String lang;

    /** The report's language: {@code lang} if given (es or en only), else {@code fallback}. */
    Locale locale(Locale fallback) {
        if (lang == null || lang.isBlank()) {
            return fallback;
        }
        return switch (lang.strip().toLowerCase(Locale.ROOT)) {
            case "es" -> Locale.forLanguageTag("es");
            case "en" -> Locale.ENGLISH;
            default -> throw Refusal.invalidField("lang", "report.error.lang");
        };
    }
}
