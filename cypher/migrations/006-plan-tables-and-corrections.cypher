// Plan tables: the writer releases the classes a revised table no longer lists by JobClass.listedBy.
// Corrections: one node per correction id; field corrections are looked up by the class they apply to.
CREATE INDEX job_class_listed_by IF NOT EXISTS FOR (n:JobClass) ON (n.listedBy);
CREATE CONSTRAINT correction_id IF NOT EXISTS FOR (n:Correction) REQUIRE n.id IS UNIQUE;
CREATE INDEX correction_class IF NOT EXISTS FOR (n:Correction) ON (n.classId);
