-- PostgreSQL only (the folder db/postgresql): version numbers are shared with db/migration.
-- An article row outgrows PostgreSQL's default 2 KB target when it is classified (a body of a
-- kilobyte or two plus its classification), and every such update then compressed the body and
-- moved it out of line. Rows up to a page stay inline, uncompressed: the classification update
-- took half the time in a test on 20,000 benchmark articles. Long bodies are still moved out.
ALTER TABLE article SET (toast_tuple_target = 8160);
