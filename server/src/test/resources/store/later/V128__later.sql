-- A migration after the baseline, for StoreSchemaAdoptionTest: an adopted store runs it, and only it.
ALTER TABLE security_group ADD COLUMN later VARCHAR(8) NOT NULL DEFAULT 'later';
