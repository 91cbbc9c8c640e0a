-- The digest round reads only the subscribers that are due (issue 18): next_digest_at is the first
-- delivery slot after a subscriber's last digest. NULL means not known yet (new, changed, resumed,
-- or from before this column): such a subscriber is read and checked by the round, as before.
ALTER TABLE subscription ADD COLUMN next_digest_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX subscription_due_idx ON subscription (frequency, next_digest_at);
