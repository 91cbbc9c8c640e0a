-- Article lists (issue 16, item 8). A topic or actor filter was a LIKE '%|RU|%' over the tag
-- columns, which no index serves: every article row was read. Each tag of a classified article is
-- now a row here, found by exact match on the primary key. Lists page newest first by arrival,
-- ties by id, and a cursor continues after a given (received_at, id): one index serves both.
CREATE TABLE article_tag (
  kind       VARCHAR(8)  NOT NULL,
  tag        VARCHAR(64) NOT NULL,
  article_id VARCHAR(36) NOT NULL,
  PRIMARY KEY (kind, tag, article_id)
);

DROP INDEX article_received_idx;
CREATE INDEX article_received_id_idx ON article (received_at, id);

-- The tags of the articles classified so far, split out of |rare-earths|lithium| and |RU|US|.
INSERT INTO article_tag (kind, tag, article_id)
WITH RECURSIVE split (article_id, kind, rest, tag) AS (
  SELECT id, CAST(kind AS VARCHAR(8)), CAST(rest AS VARCHAR(2000)), CAST(NULL AS VARCHAR(2000))
  FROM (
    SELECT id, 'topic' AS kind, SUBSTRING(topics FROM 2) AS rest FROM article
    WHERE topics LIKE '|%|'
    UNION ALL
    SELECT id, 'actor' AS kind, SUBSTRING(actors FROM 2) AS rest FROM article
    WHERE actors LIKE '|%|'
  ) tagged
  UNION ALL
  SELECT article_id, kind,
         CAST(SUBSTRING(rest FROM POSITION('|' IN rest) + 1) AS VARCHAR(2000)),
         CAST(SUBSTRING(rest FROM 1 FOR POSITION('|' IN rest) - 1) AS VARCHAR(2000))
  FROM split
  WHERE POSITION('|' IN rest) > 0
)
SELECT DISTINCT kind, tag, article_id FROM split WHERE tag IS NOT NULL AND tag <> '';
