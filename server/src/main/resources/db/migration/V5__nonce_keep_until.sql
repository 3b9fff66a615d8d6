-- A nonce is remembered as long as a request carrying it could still be accepted: until its signed timestamp plus
-- the allowed clock skew (or the time it was first seen plus the skew, whichever is later). Rows from before this
-- version are kept two hours, longer than any configured skew in use.
ALTER TABLE signature_nonce ADD COLUMN keep_until TIMESTAMP WITH TIME ZONE;
UPDATE signature_nonce SET keep_until = seen_at + INTERVAL '2' HOUR;
ALTER TABLE signature_nonce ALTER COLUMN keep_until SET NOT NULL;
CREATE INDEX signature_nonce_keep_until ON signature_nonce (keep_until);
