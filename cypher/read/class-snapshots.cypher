// What each class says as now loaded (fields, promotion edges, distinctions, competencies, qualifications,
// duties), for the revision record written in the same transaction.
// params: $classIds   returns: id, fields, promotesTo, promotedFrom, distinctions, competencies, qualifications, duties
UNWIND $classIds AS id
MATCH (c:JobClass {id: id})
CALL (c) { OPTIONAL MATCH (c)-[p:PROMOTES_TO]->(o:JobClass) RETURN collect(DISTINCT o.id + ' (' + p.basis + coalesce(', ' + CASE WHEN p.monthsExperience = toInteger(p.monthsExperience) THEN toString(toInteger(p.monthsExperience)) ELSE toString(p.monthsExperience) END + ' months', '') + ')') AS promotesTo }
CALL (c) { OPTIONAL MATCH (o:JobClass)-[p:PROMOTES_TO]->(c) RETURN collect(DISTINCT o.id + ' (' + p.basis + coalesce(', ' + CASE WHEN p.monthsExperience = toInteger(p.monthsExperience) THEN toString(toInteger(p.monthsExperience)) ELSE toString(p.monthsExperience) END + ' months', '') + ')') AS promotedFrom }
CALL (c) { OPTIONAL MATCH (c)-[:DISTINGUISHED_FROM]-(o:JobClass) RETURN collect(DISTINCT o.id) AS distinctions }
CALL (c) { OPTIONAL MATCH (c)-[:REQUIRES]->(k:Competency) RETURN collect(DISTINCT k.name) AS competencies }
CALL (c) { OPTIONAL MATCH (c)-[:HAS_QUALIFICATION]->(q:Qualification) RETURN collect(DISTINCT q.text) AS qualifications }
CALL (c) { OPTIONAL MATCH (c)-[:HAS_DUTY]->(u:Duty) RETURN collect(DISTINCT u.text) AS duties }
RETURN id, c {.code, .title, .level, .payGrade, .payBand, .bargainingUnit, .flsaStatus, .establishedDate, .effectiveDate,
              .concept, .supervisionReceived, .supervisionExercised, .workingConditions} AS fields,
       promotesTo, promotedFrom, distinctions, competencies, qualifications, duties
