-- Work that must run once across all nodes (issue 18): the digest round. A node holds a lease by
-- name until a moment; another node may take it only once that moment has passed.
CREATE TABLE lease (
  lease_name VARCHAR(100) NOT NULL PRIMARY KEY,
  holder     VARCHAR(200) NOT NULL,
  held_until TIMESTAMP WITH TIME ZONE NOT NULL
);
