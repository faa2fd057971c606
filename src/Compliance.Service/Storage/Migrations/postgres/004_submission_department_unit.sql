-- Linking looks for the other submissions of a department. Comparing every submission's department name in C#, and
-- parsing every candidate's stored document for the department it names, made each check cost O(submissions); the
-- unit of the owner's name (DepartmentName.Unit, which two names of one department always share) and the department
-- the document names are stored when a submission is, so the search is an index lookup. Rows stored before this
-- migration keep NULL and are still compared the old way.
ALTER TABLE submissions ADD COLUMN department_unit TEXT NULL;
ALTER TABLE submissions ADD COLUMN document_department TEXT NULL;
CREATE INDEX ix_submissions_department_unit ON submissions (department_unit, year);
