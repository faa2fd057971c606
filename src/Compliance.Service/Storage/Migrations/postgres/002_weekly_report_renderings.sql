-- The weekly job stores the digest rendered as HTML and Markdown beside its data, so a past week is served as it was
-- rendered then. Rows from before this script have neither (and hold the old digest shape): they are recomputed on read.
ALTER TABLE weekly_reports ADD COLUMN html TEXT NULL;
ALTER TABLE weekly_reports ADD COLUMN markdown TEXT NULL;
