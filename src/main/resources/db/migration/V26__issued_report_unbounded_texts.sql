-- A workbook of the whole portfolio covers every center, and a request may name many: the centers'
-- codes and the parameters of an issued workbook have no useful bound (V24 gave them 2,000
-- characters, which a portfolio of a few hundred centers exceeds).
alter table issued_report alter column center_codes set data type varchar;
alter table issued_report alter column parameters set data type varchar;
