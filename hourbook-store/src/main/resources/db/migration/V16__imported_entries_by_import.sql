-- Imported entries are found through their import instead of by (contract, start). An import's
-- rows are stored one after another, so the import index only grows at its end and its rows sit
-- side by side in the table; the (contract, start) index took every row at a random place (an
-- export's start times do not come in the order of other imports' rows), about a quarter of an
-- import's insert time (bench/README.md, "e"). The work-out reads a contract's entries through
-- its imports and sorts them by start, within 20 % of the old read.
DROP INDEX imported_entries_contract_start;
