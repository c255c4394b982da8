// Public-taxonomy categories (O*NET skills, DOT worker functions) that canonical competencies belong to.
CREATE CONSTRAINT competency_category_id IF NOT EXISTS FOR (n:CompetencyCategory) REQUIRE n.id IS UNIQUE;
