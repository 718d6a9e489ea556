-- A conversation row is rewritten on every message. Leaving 30% of each page free lets
-- PostgreSQL put the new version on the same page (a HOT update, no index writes).
ALTER TABLE "conversations" SET (fillfactor = 70);
