-- Briefing Gateway: articles, subscriptions, digests and sent mail.
-- Portable between H2 2.x and PostgreSQL 15: no vendor types.

CREATE TABLE article (
  id                  VARCHAR(36)     NOT NULL PRIMARY KEY,
  title               VARCHAR(500)    NOT NULL,
  body                VARCHAR(1048576) NOT NULL,
  url                 VARCHAR(2048),
  url_key             VARCHAR(2048),
  content_hash        CHAR(64)        NOT NULL,
  source              VARCHAR(200),
  language            VARCHAR(16),
  published_at        TIMESTAMP WITH TIME ZONE,
  received_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  status              VARCHAR(16)     NOT NULL,
  classified_at       TIMESTAMP WITH TIME ZONE,
  relevant            BOOLEAN,
  score               DOUBLE PRECISION,
  classification_json VARCHAR(1048576),
  topics              VARCHAR(2000),
  actors              VARCHAR(2000),
  failure_reason      VARCHAR(2000),
  version             BIGINT          NOT NULL,
  CONSTRAINT article_url_key_unique UNIQUE (url_key),
  CONSTRAINT article_content_unique UNIQUE (content_hash)
);
CREATE INDEX article_received_idx ON article (received_at);
CREATE INDEX article_classified_idx ON article (classified_at);

CREATE TABLE subscription (
  id                 VARCHAR(36)  NOT NULL PRIMARY KEY,
  email              VARCHAR(254) NOT NULL,
  topics             VARCHAR(2000) NOT NULL,
  actors             VARCHAR(2000) NOT NULL,
  frequency          VARCHAR(16)  NOT NULL,
  timezone           VARCHAR(64)  NOT NULL,
  delivery_hour      INTEGER      NOT NULL,
  status             VARCHAR(16)  NOT NULL,
  confirm_token_hash CHAR(64),
  confirm_expires_at TIMESTAMP WITH TIME ZONE,
  manage_token       VARCHAR(64)  NOT NULL,
  manage_token_hash  CHAR(64)     NOT NULL,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  confirmed_at       TIMESTAMP WITH TIME ZONE,
  unsubscribed_at    TIMESTAMP WITH TIME ZONE,
  last_digest_at     TIMESTAMP WITH TIME ZONE,
  version            BIGINT       NOT NULL,
  CONSTRAINT subscription_confirm_token_unique UNIQUE (confirm_token_hash),
  CONSTRAINT subscription_manage_token_unique UNIQUE (manage_token_hash)
);
CREATE INDEX subscription_email_idx ON subscription (email);
CREATE INDEX subscription_round_idx ON subscription (frequency, status);

CREATE TABLE digest_item (
  subscription_id VARCHAR(36)  NOT NULL,
  article_id      VARCHAR(36)  NOT NULL,
  mail_id         VARCHAR(120) NOT NULL,
  sent_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (subscription_id, article_id)
);

CREATE TABLE sent_mail (
  id        VARCHAR(120) NOT NULL PRIMARY KEY,
  kind      VARCHAR(32)  NOT NULL,
  recipient VARCHAR(254) NOT NULL,
  subject   VARCHAR(1000) NOT NULL,
  sent_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
