// Codes of classes a plan table lists, by normalized title: a specification that names a class only by title
// adopts the listed code, so plan row and specification describe one class.
// params: $jurisdictionId, $normTitles   returns: normTitle, code
UNWIND $normTitles AS t
MATCH (c:JobClass {jurisdictionId: $jurisdictionId, normTitle: t})
WHERE c.listedBy IS NOT NULL AND c.code IS NOT NULL
WITH t, head(collect(c.code)) AS code
RETURN t AS normTitle, code
