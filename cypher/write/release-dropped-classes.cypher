// A class this document used to specify but no longer does goes back to being a reference: the properties
// the document owned are cleared, and a plan table's listed grade or band shows again. (If nothing references it
// any more, garbage collection removes it.)
// params: $docId, $classIds (the ids the new version specifies)   returns: count
MATCH (c:JobClass {specifiedBy: $docId})
WHERE NOT c.id IN $classIds
SET c.specified = false, c.specifiedBy = null, c.payGrade = c.listedPayGrade, c.payBand = c.listedPayBand, c.concept = null, c.correctedFields = null,
    c.bargainingUnit = null, c.flsaStatus = null, c.establishedDate = null, c.effectiveDate = null,
    c.supervisionReceived = null, c.supervisionExercised = null, c.workingConditions = null, c.level = null
RETURN count(c) AS count
