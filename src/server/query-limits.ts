/**
 * Limits on what one GraphQL operation may ask for. graphql-armor enforces depth, aliases and directives
 * before any resolver runs; our request-budget plugin (src/server/limits) enforces argument lengths and the
 * worst-case cost counted with variables and defaults (armor's cost multiplies only by a literal `first`, so it
 * is off), and the runtime budgets. Each rejection names the limit it hit.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { REQUEST_LIMITS } from './limits/request-limits';
import { requestBudgetPlugin } from './limits/request-budget.plugin';

export const QUERY_LIMITS = REQUEST_LIMITS;

export function queryProtection() {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true },
    costLimit: { enabled: false },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    // Tokens are limited by graphql-js's own parser option instead (see app.ts): armor's version throws
    // during parsing, which Apollo turns into a 500; the parser's is a normal 400 syntax error.
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = armor.protect();
  return { plugins: [...protection.plugins, requestBudgetPlugin()], validationRules: protection.validationRules };
}
