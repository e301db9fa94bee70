package org.rehabtrack.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the funding page ({@link FundingPage}): <code>
 * &#123;fundingPage:fundingPage_grants&#125;</code> in templates, {@code
 * messages/fundingPage_en.properties} and {@code fundingPage_es.properties}, checked like {@link
 * PageMessages}.
 */
@MessageBundle(value = FundingMessages.NAME, locale = "en")
public interface FundingMessages {

    String NAME = "fundingPage";

    @Message
    String fundingPage_title();

    @Message
    String fundingPage_grants();

    @Message
    String fundingPage_noGrants();

    @Message
    String fundingPage_code();

    @Message
    String fundingPage_codeHint();

    @Message
    String fundingPage_donor();

    @Message
    String fundingPage_amount();

    @Message
    String fundingPage_currency();

    @Message
    String fundingPage_startDate();

    @Message
    String fundingPage_endDate();

    @Message
    String fundingPage_allocated();

    @Message
    String fundingPage_unallocated();

    @Message
    String fundingPage_allocations();

    @Message
    String fundingPage_noAllocations();

    @Message
    String fundingPage_center();

    @Message
    String fundingPage_category();

    @Message
    String fundingPage_allocate();

    @Message
    String fundingPage_allocateHint();

    @Message
    String fundingPage_allocationSaved();

    @Message
    String fundingPage_newGrant();

    @Message
    String fundingPage_grantSaved();

    @Message
    String fundingPage_optional();

    @Message
    String fundingPage_rates();

    @Message
    String fundingPage_ratesHint();

    @Message
    String fundingPage_noRates();

    @Message
    String fundingPage_date();

    @Message
    String fundingPage_unitsPerUsd();

    @Message
    String fundingPage_source();

    @Message
    String fundingPage_newRate();

    @Message
    String fundingPage_rateSaved();

    @Message
    String fundingPage_grant();

    @Message
    String fundingPage_allocationAmount();
}
