/**
 * @neo4j/graphql 7 type definitions over the project's own labels and relationship types, so the generic tool
 * reads exactly the graph our server reads. JobClass.id is a String so pages can start after an id (`gt`, with
 * the String GT filter turned on in serve.ts). Only what the compared workloads touch is declared; promotion paths
 * are a `@cypher` field running the same SHORTEST search as the bare-driver contender.
 */
export const NEO4J_GRAPHQL_TYPEDEFS = /* GraphQL */ `
  type JobClass @node {
    id: String!
    code: String
    title: String!
    jurisdictionId: String!
    payGrade: String
    competencies: [Competency!]! @relationship(type: "REQUIRES", direction: OUT, properties: "Requires")
    series: [ClassSeries!]! @relationship(type: "HAS_LEVEL", direction: IN, properties: "HasLevel")
  }

  type Requires @relationshipProperties {
    as: String
    definition: String
  }

  type HasLevel @relationshipProperties {
    rank: Int
  }

  type Competency @node {
    id: ID!
    name: String!
    requiredBy: [JobClass!]! @relationship(type: "REQUIRES", direction: IN, properties: "Requires")
  }

  type ClassSeries @node @plural(value: "classSeriesList") {
    id: ID!
    code: String
    title: String!
    levels: [JobClass!]! @relationship(type: "HAS_LEVEL", direction: OUT, properties: "HasLevel")
  }

  type BenchEdge {
    basis: String!
    inferred: Boolean!
    monthsExperience: Int
    statement: String
  }

  type BenchStep {
    from: String!
    to: String!
    edges: [BenchEdge!]!
  }

  type BenchPath {
    nodeIds: [String!]!
    steps: [BenchStep!]!
  }

  type Query {
    promotionPaths(from: ID!, to: ID!, maxSteps: Int!, limit: Int!): [BenchPath!]!
      @cypher(
        statement: """
        MATCH (a:JobClass {id: $from}), (b:JobClass {id: $to})
        MATCH p = SHORTEST 10 (a)-[:PROMOTION_STEP]->{1,10}(b)
        WITH p WHERE length(p) <= $maxSteps
        WITH p ORDER BY length(p) LIMIT toInteger($limit)
        CALL (p) {
          UNWIND relationships(p) AS s
          WITH startNode(s) AS x, endNode(s) AS y
          CALL (x, y) {
            MATCH (x)-[e:PROMOTES_TO]->(y)
            WITH e ORDER BY e.inferred, e.basis
            RETURN collect(e { .basis, .inferred, .monthsExperience, .statement }) AS edges
          }
          RETURN collect({ from: x.id, to: y.id, edges: edges }) AS steps
        }
        RETURN { nodeIds: [n IN nodes(p) | n.id], steps: steps } AS path
        """
        columnName: "path"
      )
  }
`;
