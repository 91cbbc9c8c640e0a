-- Digest rounds for many subscribers: one row per email sent instead of one per item, and each
-- distinct composed email stored once instead of inside every message on the mail queue.

-- What each digest or alert carried, one row per email: the ids of its articles and changes as
-- |id|id|. A round of 100,000 digests writes 100,000 rows here, where digest_item and
-- digest_change took one row per item (1.6 million for the benchmark's round).
CREATE TABLE digest_log (
  id              VARCHAR(200)     NOT NULL PRIMARY KEY,
  subscription_id VARCHAR(36)      NOT NULL,
  sent_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  article_ids     VARCHAR(1048576) NOT NULL,
  change_ids      VARCHAR(1048576) NOT NULL
);
CREATE INDEX digest_log_subscription_idx ON digest_log (subscription_id, sent_at);

-- What was sent before this migration keeps a subscriber from getting it again: one log row per
-- old row (its id made unique by the item's id).
INSERT INTO digest_log (id, subscription_id, sent_at, article_ids, change_ids)
  SELECT mail_id || ' article ' || article_id, subscription_id, sent_at, '|' || article_id || '|', ''
  FROM digest_item;
INSERT INTO digest_log (id, subscription_id, sent_at, article_ids, change_ids)
  SELECT mail_id || ' change ' || change_id, subscription_id, sent_at, '', '|' || change_id || '|'
  FROM digest_change;
DROP TABLE digest_item;
DROP TABLE digest_change;

-- A composed email (plain text and HTML), stored once under the SHA-256 of its content. A message
-- on the mail queue names it and carries what differs per recipient (address, links); the mail
-- sender puts them together. Subscribers with the same items in the same time zone share one.
CREATE TABLE mail_body (
  id         CHAR(64)         NOT NULL PRIMARY KEY,
  text_part  VARCHAR(1048576) NOT NULL,
  html_part  VARCHAR(1048576),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX mail_body_created_idx ON mail_body (created_at);
