-- A reader is an address: one subscription per address, whatever the letters' case (issue 20).
ALTER TABLE subscription ADD COLUMN email_key VARCHAR(254);
UPDATE subscription SET email_key = LOWER(email);

-- Of an address's duplicates keep the one its reader relies on: confirmed or paused before pending
-- before ended, then the most recent.
DELETE FROM subscription s
WHERE EXISTS (
  SELECT 1 FROM subscription o
  WHERE o.email_key = s.email_key
    AND o.id <> s.id
    AND (CASE o.status WHEN 'CONFIRMED' THEN 3 WHEN 'PAUSED' THEN 3 WHEN 'PENDING' THEN 2 ELSE 1 END,
         o.created_at, o.id)
      > (CASE s.status WHEN 'CONFIRMED' THEN 3 WHEN 'PAUSED' THEN 3 WHEN 'PENDING' THEN 2 ELSE 1 END,
         s.created_at, s.id));
DELETE FROM digest_log WHERE subscription_id NOT IN (SELECT id FROM subscription);

ALTER TABLE subscription ALTER COLUMN email_key SET NOT NULL;
ALTER TABLE subscription ADD CONSTRAINT subscription_address_unique UNIQUE (email_key);
