-- Subscribe limits (issue 16, item 7): counts per client and per inbox in the database, so that
-- every node shares them and a restart keeps them. One row per key: the window of an hour that
-- its first counted request opened, and the requests counted in it.
CREATE TABLE request_limit (
  limit_key    VARCHAR(320) NOT NULL PRIMARY KEY,
  window_start TIMESTAMP WITH TIME ZONE NOT NULL,
  requests     INTEGER      NOT NULL
);
CREATE INDEX request_limit_window_idx ON request_limit (window_start);
