package org.rehabtrack.iati;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.rehabtrack.system.Bilingual;

/**
 * Writes activities as an IATI 2.03 {@code iati-activities} document, streamed, each element in the
 * place the schema gives it. Every text is written in Spanish and in English.
 */
public final class IatiWriter {

    /** The version of the IATI standard written. */
    public static final String VERSION = "2.03";

    /** OECD DAC CRS purpose codes, 5 digits: IATI's SectorVocabulary 1. */
    private static final String DAC_5_DIGIT = "1";

    /** A point's reference system: WGS 84 latitude and longitude, as IATI requires. */
    private static final String WGS_84 = "http://www.opengis.net/def/crs/EPSG/0/4326";

    /** GeographicExactness 2: approximate. */
    private static final String APPROXIMATE = "2";

    /** GeographicLocationClass 3: a structure (a building). */
    private static final String STRUCTURE = "3";

    private final XMLStreamWriter xml;

    private IatiWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /**
     * Writes the document: the reporting organisation's activities, as generated at that moment.
     */
    public static void write(
            OutputStream out,
            IatiOrganisation reporter,
            Instant generated,
            Iterable<IatiActivity> activities)
            throws XMLStreamException {
        XMLStreamWriter xml =
                XMLOutputFactory.newInstance()
                        .createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        IatiWriter writer = new IatiWriter(xml);
        xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        xml.writeStartElement("iati-activities");
        xml.writeAttribute("version", VERSION);
        String when = generated.truncatedTo(ChronoUnit.SECONDS).toString();
        xml.writeAttribute("generated-datetime", when);
        for (IatiActivity activity : activities) {
            writer.activity(activity, reporter, when);
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private void activity(IatiActivity activity, IatiOrganisation reporter, String when)
            throws XMLStreamException {
        xml.writeStartElement("iati-activity");
        xml.writeAttribute("last-updated-datetime", when);
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "es");
        xml.writeAttribute("default-currency", "USD");
        xml.writeAttribute("humanitarian", "1");
        xml.writeAttribute("hierarchy", Integer.toString(activity.hierarchy()));
        text("iati-identifier", activity.identifier());
        xml.writeStartElement("reporting-org");
        xml.writeAttribute("ref", xmlText(reporter.ref()));
        xml.writeAttribute("type", reporter.type());
        narratives(reporter.name());
        xml.writeEndElement();
        xml.writeStartElement("title");
        narratives(activity.title());
        xml.writeEndElement();
        xml.writeStartElement("description");
        xml.writeAttribute("type", "1");
        narratives(activity.description());
        xml.writeEndElement();
        for (IatiActivity.Participant participant : activity.participants()) {
            xml.writeStartElement("participating-org");
            IatiOrganisation organisation = participant.organisation();
            if (organisation.ref() != null) {
                xml.writeAttribute("ref", xmlText(organisation.ref()));
            }
            if (organisation.type() != null) {
                xml.writeAttribute("type", organisation.type());
            }
            xml.writeAttribute("role", Integer.toString(participant.role()));
            narratives(organisation.name());
            xml.writeEndElement();
        }
        coded("activity-status", Integer.toString(activity.status()));
        for (IatiActivity.Dated date : activity.dates()) {
            xml.writeEmptyElement("activity-date");
            xml.writeAttribute("type", Integer.toString(date.type()));
            xml.writeAttribute("iso-date", date.date().toString());
        }
        xml.writeEmptyElement("recipient-country");
        xml.writeAttribute("code", activity.country());
        xml.writeAttribute("percentage", "100");
        for (IatiActivity.Place place : activity.places()) {
            place(place);
        }
        xml.writeEmptyElement("sector");
        xml.writeAttribute("vocabulary", DAC_5_DIGIT);
        xml.writeAttribute("code", activity.sector());
        xml.writeAttribute("percentage", "100");
        for (IatiActivity.Budget budget : activity.budgets()) {
            budget(budget);
        }
        for (IatiActivity.Transaction transaction : activity.transactions()) {
            transaction(transaction);
        }
        for (IatiActivity.Document document : activity.documents()) {
            document(document);
        }
        for (IatiActivity.Related related : activity.related()) {
            xml.writeEmptyElement("related-activity");
            xml.writeAttribute("ref", xmlText(related.identifier()));
            xml.writeAttribute("type", Integer.toString(related.type()));
        }
        for (IatiActivity.Result result : activity.results()) {
            result(result);
        }
        xml.writeEndElement();
    }

    private void document(IatiActivity.Document document) throws XMLStreamException {
        xml.writeStartElement("document-link");
        xml.writeAttribute("url", xmlText(document.url()));
        xml.writeAttribute("format", document.format());
        xml.writeStartElement("title");
        narratives(document.title());
        xml.writeEndElement();
        coded("category", document.category());
        if (document.language() != null) {
            coded("language", document.language());
        }
        if (document.date() != null) {
            dated("document-date", document.date());
        }
        xml.writeEndElement();
    }

    /** A result; aggregation-status 0: its indicators' units differ and do not add up. */
    private void result(IatiActivity.Result result) throws XMLStreamException {
        xml.writeStartElement("result");
        xml.writeAttribute("type", Integer.toString(result.type()));
        xml.writeAttribute("aggregation-status", "0");
        xml.writeStartElement("title");
        narratives(result.title());
        xml.writeEndElement();
        xml.writeStartElement("description");
        narratives(result.description());
        xml.writeEndElement();
        for (IatiActivity.Indicator indicator : result.indicators()) {
            indicator(indicator);
        }
        xml.writeEndElement();
    }

    /** An indicator in units (IATI's IndicatorMeasure 1). */
    private void indicator(IatiActivity.Indicator indicator) throws XMLStreamException {
        xml.writeStartElement("indicator");
        xml.writeAttribute("measure", "1");
        xml.writeAttribute("ascending", indicator.ascending() ? "1" : "0");
        xml.writeStartElement("title");
        narratives(indicator.title());
        xml.writeEndElement();
        xml.writeEmptyElement("baseline");
        xml.writeAttribute("year", Integer.toString(indicator.baselineDate().getYear()));
        xml.writeAttribute("iso-date", indicator.baselineDate().toString());
        xml.writeAttribute("value", indicator.baseline().toPlainString());
        xml.writeStartElement("period");
        dated("period-start", indicator.baselineDate());
        dated("period-end", indicator.periodEnd());
        xml.writeEmptyElement("target");
        xml.writeAttribute("value", indicator.target().toPlainString());
        if (indicator.actual() != null) {
            xml.writeEmptyElement("actual");
            xml.writeAttribute("value", indicator.actual().toPlainString());
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** A budget of IATI's status 2, committed: the allocations are made. */
    private void budget(IatiActivity.Budget budget) throws XMLStreamException {
        xml.writeStartElement("budget");
        xml.writeAttribute("type", Integer.toString(budget.type()));
        xml.writeAttribute("status", "2");
        dated("period-start", budget.start());
        dated("period-end", budget.end());
        value(budget.value(), budget.currency(), budget.start());
        xml.writeEndElement();
    }

    private void transaction(IatiActivity.Transaction transaction) throws XMLStreamException {
        xml.writeStartElement("transaction");
        coded("transaction-type", Integer.toString(transaction.type()));
        dated("transaction-date", transaction.date());
        value(transaction.value(), transaction.currency(), transaction.date());
        xml.writeStartElement("description");
        narratives(transaction.description());
        xml.writeEndElement();
        organisation(
                "provider-org",
                transaction.provider(),
                "provider-activity-id",
                transaction.providerActivity());
        organisation(
                "receiver-org",
                transaction.receiver(),
                "receiver-activity-id",
                transaction.receiverActivity());
        xml.writeEndElement();
    }

    /** An organisation a transaction names, with the activity of its own, if any; none if null. */
    private void organisation(
            String element,
            IatiOrganisation organisation,
            String activityAttribute,
            String activity)
            throws XMLStreamException {
        if (organisation == null) {
            return;
        }
        xml.writeStartElement(element);
        if (organisation.ref() != null) {
            xml.writeAttribute("ref", xmlText(organisation.ref()));
        }
        if (activity != null) {
            xml.writeAttribute(activityAttribute, xmlText(activity));
        }
        if (organisation.type() != null) {
            xml.writeAttribute("type", organisation.type());
        }
        narratives(organisation.name());
        xml.writeEndElement();
    }

    private void value(java.math.BigDecimal value, String currency, java.time.LocalDate date)
            throws XMLStreamException {
        xml.writeStartElement("value");
        xml.writeAttribute("currency", currency);
        xml.writeAttribute("value-date", date.toString());
        xml.writeCharacters(value.toPlainString());
        xml.writeEndElement();
    }

    private void dated(String element, java.time.LocalDate date) throws XMLStreamException {
        xml.writeEmptyElement(element);
        xml.writeAttribute("iso-date", date.toString());
    }

    private void place(IatiActivity.Place place) throws XMLStreamException {
        xml.writeStartElement("location");
        xml.writeAttribute("ref", xmlText(place.ref()));
        xml.writeStartElement("name");
        narratives(place.name());
        xml.writeEndElement();
        xml.writeStartElement("description");
        narratives(place.description());
        xml.writeEndElement();
        if (place.latitude() != null && place.longitude() != null) {
            xml.writeStartElement("point");
            xml.writeAttribute("srsName", WGS_84);
            text("pos", place.latitude().toPlainString() + " " + place.longitude().toPlainString());
            xml.writeEndElement();
            coded("exactness", APPROXIMATE);
        }
        coded("location-class", STRUCTURE);
        xml.writeEndElement();
    }

    private void narratives(Bilingual text) throws XMLStreamException {
        narrative("es", text.es());
        narrative("en", text.en());
    }

    private void narrative(String language, String text) throws XMLStreamException {
        xml.writeStartElement("narrative");
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language);
        xml.writeCharacters(xmlText(text));
        xml.writeEndElement();
    }

    private void text(String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(xmlText(text));
        xml.writeEndElement();
    }

    /**
     * A text as XML 1.0 may hold it: without the control characters (but tab, line feed and
     * carriage return) and the code points it forbids, which a text typed long ago, or pasted, may
     * still carry; a parser refuses the whole document for one of them.
     */
    static String xmlText(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean allowed =
                    c == 0x9
                            || c == 0xA
                            || c == 0xD
                            || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD)
                            || (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed && kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (allowed && kept != null) {
                kept.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return kept == null ? text : kept.toString();
    }

    private void coded(String element, String code) throws XMLStreamException {
        xml.writeEmptyElement(element);
        xml.writeAttribute("code", code);
    }
}
