-- Linking looks for the other submissions of a department. Comparing every submission's department name in C#, and
-- parsing every candidate's stored document for the department it names, made each check cost O(submissions). Kept
-- when a submission is stored: the unit of the owner's name and its innermost region (DepartmentName: two names of
-- one department share the unit, and their innermost regions when both name one) and the department the document
-- names, so the search is an index lookup. Rows stored before this migration keep NULL and are compared the old way.
ALTER TABLE submissions ADD COLUMN department_unit TEXT NULL;
ALTER TABLE submissions ADD COLUMN department_region TEXT NULL;
ALTER TABLE submissions ADD COLUMN document_department TEXT NULL;
CREATE INDEX ix_submissions_department_unit ON submissions (department_unit, department_region, year);
-- Links of a submission are looked up by either end; other_id already has an index.
CREATE INDEX ix_submission_links_checked ON submission_links (checked_id);
