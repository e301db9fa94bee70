-- The budget report lists every payment in date order. With each column the report reads in the
-- index itself, the database reads the payments from the index alone, without looking up each
-- one's row: at a million payments those lookups were half the report's reading. The index
-- replaces the one on (payment_date, id), whose order it keeps.
create index ix_expenditure_report on expenditure (
    payment_date, id, center_id, work_package_id, funding_source_id, category, reference, amount,
    currency, units_per_usd, exchange_rate_id, usd_amount);
drop index ix_expenditure_date;
