-- Readers' link tokens are derived from the subscription's id with the server's secret (HMAC) when
-- an email is sent, so none is stored in clear or waits on the mail queue (issue 16, item 5).
-- The hashes of the random tokens sent before stay: the links in those emails keep working.
ALTER TABLE subscription DROP COLUMN manage_token;
ALTER TABLE subscription ALTER COLUMN manage_token_hash DROP NOT NULL;
