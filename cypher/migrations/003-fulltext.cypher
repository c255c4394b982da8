// One full-text index over what people search by: class titles and concepts, duty text, competency names.
CREATE FULLTEXT INDEX classification_text IF NOT EXISTS
FOR (n:JobClass|Duty|Competency) ON EACH [n.title, n.concept, n.text, n.name];
