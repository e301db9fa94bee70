package org.rehabtrack.iati;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rehabtrack.center.Center;
import org.rehabtrack.system.AsOf;
import org.rehabtrack.system.Bilingual;
import org.rehabtrack.system.MediaTypes;
import org.rehabtrack.system.persistence.CenterIds;
import org.rehabtrack.works.WorkPackageView;

/**
 * The documents of centers' rehabilitations as IATI document links, as recorded at a date: the
 * center's workbooks (progress, budget, findings) in Spanish and in English, at that date; its
 * agreements (memorandum of understanding, A09), its preliminary project (tender, A10: the terms of
 * reference and bill of quantities) and its works contracts (contract, A11), each at its page.
 * Every address is the application's own, as the request reached it, and asks its reader to sign
 * in.
 */
@ApplicationScoped
class IatiDocuments {

    static final String XLSX = MediaTypes.XLSX;
    static final String HTML = "text/html";

    /** The workbooks, each with IATI's DocumentCategory. */
    private static final String[][] WORKBOOKS = {
        {"progress", "A07"}, {"budget", "A05"}, {"findings", "A01"}
    };

    private final EntityManager em;

    IatiDocuments(EntityManager em) {
        this.em = em;
    }

    /** The texts of the links. */
    interface Labels {
        Bilingual text(String key, Object... args);
    }

    /**
     * Each center's documents, by id; none when there is no address to link to. {@code contracts}:
     * the centers' packages under a contract that counts at the date.
     */
    Map<Long, List<IatiActivity.Document>> of(
            List<Center> centers,
            List<WorkPackageView> contracts,
            CenterIds ids,
            AsOf asOf,
            URI base,
            Labels labels) {
        Map<Long, List<IatiActivity.Document>> documents = new HashMap<>();
        if (base == null || centers.isEmpty()) {
            return documents;
        }
        String root = base.toString().replaceAll("/+$", "");
        Map<Long, String> codes = new HashMap<>();
        for (Center center : centers) {
            codes.put(center.getId(), center.getCode());
            List<IatiActivity.Document> list = new ArrayList<>();
            for (String[] workbook : WORKBOOKS) {
                for (String language : List.of("es", "en")) {
                    list.add(
                            new IatiActivity.Document(
                                    root
                                            + "/api/reports/"
                                            + workbook[0]
                                            + ".xlsx?center="
                                            + center.getCode()
                                            + "&statusDate="
                                            + asOf.date()
                                            + "&lang="
                                            + language,
                                    XLSX,
                                    labels.text("iati.document." + workbook[0], center.getCode()),
                                    workbook[1],
                                    language,
                                    asOf.date()));
                }
            }
            documents.put(center.getId(), list);
        }
        Instant end = asOf.end();
        for (Object[] r :
                ids.bind(
                                em.createQuery(
                                        "select a.center.id, a.id, a.title, a.documentReference,"
                                                + " a.signatureDate from Agreement a where a.createdAt < :end and "
                                                + ids.in("a.center.id")
                                                + " order by a.id",
                                        Object[].class))
                        .setParameter("end", end)
                        .getResultList()) {
            long center = (Long) r[0];
            if (!ids.keeps(center)) {
                continue;
            }
            LocalDate signed = asOf.happened((LocalDate) r[4]);
            documents
                    .get(center)
                    .add(
                            new IatiActivity.Document(
                                    root + "/centers/" + codes.get(center) + "/agreements/" + r[1],
                                    HTML,
                                    r[3] == null
                                            ? labels.text("iati.document.agreement", r[2])
                                            : labels.text("iati.document.agreementRef", r[2], r[3]),
                                    "A09",
                                    null,
                                    signed));
        }
        for (Object[] r :
                ids.bind(
                                em.createQuery(
                                        "select p.center.id, max(p.versionNumber) from PreliminaryProject p"
                                                + " where p.createdAt < :end and "
                                                + ids.in("p.center.id")
                                                + " group by p.center.id",
                                        Object[].class))
                        .setParameter("end", end)
                        .getResultList()) {
            long center = (Long) r[0];
            if (!ids.keeps(center)) {
                continue;
            }
            documents
                    .get(center)
                    .add(
                            new IatiActivity.Document(
                                    root + "/centers/" + codes.get(center) + "/project",
                                    HTML,
                                    labels.text("iati.document.project", r[1]),
                                    "A10",
                                    null,
                                    null));
        }
        Map<String, Long> byCode = new HashMap<>();
        codes.forEach((id, code) -> byCode.put(code, id));
        for (WorkPackageView p : contracts) {
            documents
                    .get(byCode.get(p.center()))
                    .add(
                            new IatiActivity.Document(
                                    root + "/centers/" + p.center() + "/work-packages/" + p.id(),
                                    HTML,
                                    labels.text("iati.document.contract", p.code(), p.title()),
                                    "A11",
                                    null,
                                    null));
        }
        return documents;
    }
}
