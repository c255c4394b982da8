/**
 * Limits on what one GraphQL operation may ask for, enforced by graphql-armor before any resolver runs:
 * nesting depth, estimated cost, aliases, tokens and directives. Each rejection names the limit it hit.
 * Traversal queries also carry a server-side Neo4j timeout (QUERY_TIMEOUT_MS), so no request can hang.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';

export const QUERY_LIMITS = {
  maxDepth: 12,
  maxCost: 20000,
  maxAliases: 15,
  maxTokens: 4000,
  maxDirectives: 20,
} as const;

export function queryProtection() {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    // Tokens are limited by graphql-js's own parser option instead (see app.ts): armor's version throws
    // during parsing, which Apollo turns into a 500; the parser's is a normal 400 syntax error.
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  });
  return armor.protect();
}
