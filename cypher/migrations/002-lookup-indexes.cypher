// Lookups that are not by id: a referenced class is resolved by (jurisdiction, normalized title);
// filters page classes by jurisdiction and code.
CREATE INDEX job_class_title IF NOT EXISTS FOR (n:JobClass) ON (n.jurisdictionId, n.normTitle);
CREATE INDEX job_class_jurisdiction IF NOT EXISTS FOR (n:JobClass) ON (n.jurisdictionId, n.id);
CREATE INDEX job_class_code IF NOT EXISTS FOR (n:JobClass) ON (n.code);
CREATE INDEX competency_name IF NOT EXISTS FOR (n:Competency) ON (n.name);
CREATE INDEX position_number IF NOT EXISTS FOR (n:Position) ON (n.number);
