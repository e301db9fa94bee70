package org.rehabtrack.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The names of the application's enum values on the pages (a phase, a status, a role), checked when
 * the application is built like {@link PageMessages}; templates read them as <code>
 * &#123;label:phase(center.phase)&#125;</code>, Java code through {@link Page#labels()}. The files
 * are {@code messages/label_en.properties} and {@code label_es.properties}; a value's key is the
 * method's name, an underscore and the value ({@code works_status_$IN_PROGRESS}). They are a bundle
 * of their own because Quarkus's generated code for one bundle fails verification once it holds too
 * many texts.
 */
@MessageBundle(value = Labels.NAME, locale = "en")
public interface Labels {

    String NAME = "label";

    @Message
    String agreement_status(org.rehabtrack.partnership.AgreementStatus value);

    @Message
    String agreement_type(org.rehabtrack.partnership.AgreementType value);

    @Message
    String budget_category(org.rehabtrack.funding.BudgetCategory value);

    @Message
    String check_change(org.rehabtrack.evaluation.CheckComparison.Change value);

    @Message
    String change_order_status(org.rehabtrack.works.ChangeOrderStatus value);

    @Message
    String commitment_kind(org.rehabtrack.partnership.CommitmentKind value);

    @Message
    String commitment_status(org.rehabtrack.partnership.CommitmentStatus value);

    @Message
    String evaluation_kind(org.rehabtrack.evaluation.EvaluationKind value);

    @Message
    String finding_category(org.rehabtrack.finding.FindingCategory value);

    @Message
    String finding_outcome(org.rehabtrack.web.FindingOutcome value);

    @Message
    String finding_severity(org.rehabtrack.finding.Severity value);

    @Message
    String finding_status(org.rehabtrack.finding.FindingStatus value);

    @Message
    String history_record(org.rehabtrack.web.HistoryRecord value);

    @Message
    String milestone_kind(org.rehabtrack.center.MilestoneKind value);

    @Message
    String milestone_status(org.rehabtrack.milestone.MilestoneStatus value);

    @Message
    String phase(org.rehabtrack.center.Phase value);

    @Message
    String project_status(org.rehabtrack.preliminary.ProjectStatus value);

    @Message
    String report_history_action(org.rehabtrack.audit.AuditAction value);

    @Message
    String report_rag(org.rehabtrack.status.Rag value);

    @Message
    String role(org.rehabtrack.security.Role value);

    @Message
    String standard_bound(org.rehabtrack.evaluation.Standard.Bound value);

    @Message
    String standard_check(org.rehabtrack.evaluation.StandardCheckKind value);

    @Message
    String works_status(org.rehabtrack.works.WorkPackageStatus value);

    /**
     * The unit a standards check is measured in, shown in the page's language (the evaluation's
     * view carries it in English, as the workbooks write it).
     */
    @Message
    String standard_unit(org.rehabtrack.evaluation.StandardCheckKind value);

    @Message
    String center_type(org.rehabtrack.center.CenterType value);
}
