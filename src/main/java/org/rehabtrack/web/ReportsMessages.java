package org.rehabtrack.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts the reports page adds for the IATI export ({@link ReportsPage}) and the archive of the
 * workbooks issued ({@link ReportArchivePage}): <code>
 * &#123;reportsPage:reportsPage_iati&#125;</code> in templates, {@code
 * messages/reportsPage_en.properties} and {@code reportsPage_es.properties}, checked like {@link
 * PageMessages}.
 */
@MessageBundle(value = ReportsMessages.NAME, locale = "en")
public interface ReportsMessages {

    String NAME = "reportsPage";

    @Message
    String reportsPage_iati();

    @Message
    String reportsPage_iatiHint();

    @Message
    String reportsPage_archive();

    @Message
    String reportsPage_archiveHint();

    @Message
    String reportsPage_archiveLatest();

    @Message
    String reportsPage_archiveAll();

    @Message
    String reportsPage_archiveNone();

    @Message
    String reportsPage_archiveReport();

    @Message
    String reportsPage_archiveScope();

    @Message
    String reportsPage_archiveCutOff();

    @Message
    String reportsPage_archiveLanguage();

    @Message
    String reportsPage_archiveRequestedBy();

    @Message
    String reportsPage_archiveIssuedAt();

    @Message
    String reportsPage_archiveSize();

    @Message
    String reportsPage_archiveDownload();

    @Message
    String reportsPage_archiveHistory();

    @Message
    String reportsPage_archiveAllCenters();

    @Message
    String reportsPage_archiveAnyReport();

    @Message
    String reportsPage_archiveAnyCenter();

    @Message
    String reportsPage_archiveIssuedFrom();

    @Message
    String reportsPage_archiveIssuedTo();

    @Message
    String reportsPage_archiveShow();

    @Message
    String reportsPage_archivePages();

    @Message
    String reportsPage_archivePrevious();

    @Message
    String reportsPage_archiveNext();

    @Message
    String reportsPage_verify();

    @Message
    String reportsPage_verifyHint();

    @Message
    String reportsPage_verifyFile();

    @Message
    String reportsPage_verifySubmit();

    @Message
    String reportsPage_verifyNo();

    @Message
    String reportsPage_archiveKilobytes(String size);

    @Message
    String reportsPage_archiveTotal(long total);

    @Message
    String reportsPage_archivePageOf(int page, long pages);

    @Message
    String reportsPage_verifyYes();

    @Message
    String reportsPage_verifySha(String sha256);
}
