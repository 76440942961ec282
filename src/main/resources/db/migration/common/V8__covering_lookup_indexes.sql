-- Ingest looks up many rows at once for two or three small columns: a record's earliest
-- date (RecordLookups.earliest, to link a reference by number) and its state
-- (RecordLookups.states), and the records a key names (RecordLookups.keyed). With every
-- column such a query reads in one index, H2 answers from the index and does not read
-- the row, whose JSON body it would otherwise decode: 91 ms against 17 ms per 500 ids on
-- a table of 100,000 records of 20 KB (the 1M benchmark found these look-ups to be half of
-- an ingest's time past 300,000 documents). PostgreSQL can use them for index-only scans.
CREATE INDEX record_id_date ON record (id, date_start);
CREATE INDEX record_id_state ON record (id, state);
DROP INDEX record_key_by_value;
CREATE INDEX record_key_by_value ON record_key (key_value, kind, record_id);
