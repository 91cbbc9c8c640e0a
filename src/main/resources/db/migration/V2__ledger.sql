-- The ledger: the state between two actors per topic, every event it saw, and the changes it found.

CREATE TABLE ledger_state (
  pair_key        VARCHAR(40) NOT NULL,
  topic           VARCHAR(40) NOT NULL,
  last_type       VARCHAR(32) NOT NULL,
  stage           INTEGER     NOT NULL,
  direction       VARCHAR(16) NOT NULL,
  last_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  last_article_id VARCHAR(36) NOT NULL,
  last_change_id  VARCHAR(36),
  version         BIGINT      NOT NULL,
  PRIMARY KEY (pair_key, topic)
);

CREATE TABLE ledger_event (
  id          VARCHAR(36)  NOT NULL PRIMARY KEY,
  article_id  VARCHAR(36)  NOT NULL,
  happened_at TIMESTAMP WITH TIME ZONE NOT NULL,
  actor       VARCHAR(8)   NOT NULL,
  target      VARCHAR(8)   NOT NULL,
  topic       VARCHAR(40)  NOT NULL,
  type        VARCHAR(32)  NOT NULL,
  background  BOOLEAN      NOT NULL,
  evidence    VARCHAR(4000) NOT NULL,
  change_id   VARCHAR(36)
);
CREATE INDEX ledger_event_actor_idx ON ledger_event (actor, happened_at);
CREATE INDEX ledger_event_target_idx ON ledger_event (target, happened_at);

-- One row per article the ledger has read: a redelivered message finds it and changes nothing.
CREATE TABLE ledger_article (
  article_id   VARCHAR(36) NOT NULL PRIMARY KEY,
  processed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE change_record (
  id          VARCHAR(36)  NOT NULL PRIMARY KEY,
  happened_at TIMESTAMP WITH TIME ZONE NOT NULL,
  detected_at TIMESTAMP WITH TIME ZONE NOT NULL,
  actor       VARCHAR(8)   NOT NULL,
  target      VARCHAR(8)   NOT NULL,
  topic       VARCHAR(40)  NOT NULL,
  from_type   VARCHAR(32),
  to_type     VARCHAR(32)  NOT NULL,
  kind        VARCHAR(16)  NOT NULL,
  article_id  VARCHAR(36)  NOT NULL,
  evidence    VARCHAR(4000) NOT NULL,
  summary     VARCHAR(1000) NOT NULL
);
CREATE INDEX change_detected_idx ON change_record (detected_at);
CREATE INDEX change_happened_idx ON change_record (happened_at);

-- Every article that reported a change: one story from three outlets is one change, three sources.
CREATE TABLE change_source (
  change_id    VARCHAR(36)  NOT NULL,
  article_id   VARCHAR(36)  NOT NULL,
  title        VARCHAR(500) NOT NULL,
  url          VARCHAR(2048),
  source       VARCHAR(200),
  published_at TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (change_id, article_id)
);

-- Changes already sent to a subscriber, so that a change is never announced to them twice.
CREATE TABLE digest_change (
  subscription_id VARCHAR(36)  NOT NULL,
  change_id       VARCHAR(36)  NOT NULL,
  mail_id         VARCHAR(120) NOT NULL,
  sent_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (subscription_id, change_id)
);
