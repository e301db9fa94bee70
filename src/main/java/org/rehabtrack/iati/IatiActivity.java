package org.rehabtrack.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.rehabtrack.system.Bilingual;

/**
 * One IATI activity, in the order the 2.03 schema lists its parts: the programme (hierarchy 1) or a
 * center's rehabilitation (hierarchy 2).
 */
public record IatiActivity(
        String identifier,
        int hierarchy,
        Bilingual title,
        Bilingual description,
        List<Participant> participants,
        int status,
        List<Dated> dates,
        String country,
        List<Place> places,
        String sector,
        List<Budget> budgets,
        List<Transaction> transactions,
        List<Document> documents,
        List<Related> related,
        List<Result> results) {

    /** The same activity with these documents and results. */
    public IatiActivity with(List<Document> documentLinks, List<Result> outcomes) {
        return new IatiActivity(
                identifier,
                hierarchy,
                title,
                description,
                participants,
                status,
                dates,
                country,
                places,
                sector,
                budgets,
                transactions,
                documentLinks,
                related,
                outcomes);
    }

    /** An organisation taking part, in IATI's role: 1 funding, 2 accountable, 4 implementing. */
    public record Participant(IatiOrganisation organisation, int role) {}

    /**
     * A date of the activity, of IATI's ActivityDateType: 1 planned start, 2 actual start, 3
     * planned end, 4 actual end.
     */
    public record Dated(int type, LocalDate date) {}

    /**
     * Where the activity takes place: a center, named, in its department and municipality, at its
     * approximate position when known.
     */
    public record Place(
            String ref,
            Bilingual name,
            Bilingual description,
            BigDecimal latitude,
            BigDecimal longitude) {}

    /**
     * Another activity this one is related to, of IATI's RelatedActivityType: 1 parent, 2 child.
     */
    public record Related(int type, String identifier) {}

    /**
     * What the activity was budgeted for a period of at most a year, of IATI's BudgetType: 1
     * original, 2 revised; valued at the period's start.
     */
    public record Budget(
            int type, LocalDate start, LocalDate end, BigDecimal value, String currency) {}

    /**
     * Money that came in or went out, of IATI's TransactionType: 1 incoming funds, 2 outgoing
     * commitment, 4 expenditure; valued on its date, from one organisation (and activity, if any)
     * to another.
     */
    public record Transaction(
            int type,
            LocalDate date,
            BigDecimal value,
            String currency,
            Bilingual description,
            IatiOrganisation provider,
            String providerActivity,
            IatiOrganisation receiver,
            String receiverActivity) {}

    /** What the activity achieves, of IATI's ResultType (2 outcome), measured by indicators. */
    public record Result(
            int type, Bilingual title, Bilingual description, List<Indicator> indicators) {}

    /**
     * A measure in units, better when higher ({@code ascending}) or lower: its baseline on a date,
     * and over a period to its end, the target and the actual figure (null while not measured).
     */
    public record Indicator(
            Bilingual title,
            boolean ascending,
            LocalDate baselineDate,
            BigDecimal baseline,
            LocalDate periodEnd,
            BigDecimal target,
            BigDecimal actual) {}

    /**
     * A document about the activity, at an address, of a format (a media type) and IATI's
     * DocumentCategory; in a language (null for any) and of a date (null for none).
     */
    public record Document(
            String url,
            String format,
            Bilingual title,
            String category,
            String language,
            LocalDate date) {}
}
