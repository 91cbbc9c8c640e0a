-- Messages waiting to leave for the broker. A transaction that stores work and has a message to send
-- writes the message here, in the same database transaction; the outbox relay sends it after the
-- commit and then deletes it. No transaction spans the database and the broker.

CREATE TABLE outbox (
  id          VARCHAR(36)      NOT NULL PRIMARY KEY,
  queue       VARCHAR(100)     NOT NULL,
  body        VARCHAR(1048576) NOT NULL,
  properties  VARCHAR(4000)    NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX outbox_created_idx ON outbox (created_at);
