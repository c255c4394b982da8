// The writer finds the classes a document specified (to release the ones a revision dropped) by
// JobClass.specifiedBy; without an index that lookup scans every class, once per document loaded.
CREATE INDEX job_class_specified_by IF NOT EXISTS FOR (n:JobClass) ON (n.specifiedBy);
