-- Readers' private Atom feeds (issue 19, item 2). A feed link's token is an HMAC of the
-- subscription's id and this generation, made when a page shows it and never stored; "Reset feed
-- link" on the preferences page adds one, and every link made before stops working.
ALTER TABLE subscription ADD COLUMN feed_generation INTEGER DEFAULT 0 NOT NULL;
