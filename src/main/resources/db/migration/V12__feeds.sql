-- Feed intake (issue 19, item 1): the RSS and Atom feeds operators register, when each is due, what
-- the last fetch answered (ETag and Last-Modified for the next conditional GET), and its counts.
CREATE TABLE feed (
  id                   VARCHAR(36)   NOT NULL PRIMARY KEY,
  url                  VARCHAR(2048) NOT NULL,
  name                 VARCHAR(200)  NOT NULL,
  poll_minutes         INTEGER       NOT NULL,
  created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  next_fetch_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  last_fetch_at        TIMESTAMP WITH TIME ZONE,
  last_outcome         VARCHAR(20),
  last_http_status     INTEGER,
  last_error           VARCHAR(500),
  etag                 VARCHAR(500),
  last_modified        VARCHAR(100),
  fetches              BIGINT        DEFAULT 0 NOT NULL,
  failures             BIGINT        DEFAULT 0 NOT NULL,
  consecutive_failures INTEGER       DEFAULT 0 NOT NULL,
  entries_seen         BIGINT        DEFAULT 0 NOT NULL,
  entries_accepted     BIGINT        DEFAULT 0 NOT NULL,
  entries_refused      BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT feed_url_unique UNIQUE (url)
);
CREATE INDEX feed_due_idx ON feed (next_fetch_at);
