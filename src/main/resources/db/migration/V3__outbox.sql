-- Messages waiting to leave for the broker. A transaction that stores work and has a message to send
-- writes the message here, in the same database transaction; the outbox relay sends it after the
-- commit and then deletes it. No transaction spans the database and the broker.

CREATE TABLE outbox (
  id          VARCHAR(36)      NOT NULL PRIMARY KEY,
  queue       VARCHAR(100)     NOT NULL,
  body        VARCHAR(1048576) NOT NULL,
  properties  VARCHAR(4000)    NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  -- When the relay may send it: at once, or, for a message its writer sends itself right after the
  -- commit (intake), only once that writer has had time to (it failed or crashed).
  send_after  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX outbox_send_after_idx ON outbox (send_after);
