/**
 * Length limits on every string and list argument, checked on the values the operation will run with
 * (literals, variables and defaults) before any resolver runs. The error names the argument and its length,
 * never its value, so a 10 MB id costs 10 MB once, not in every echo.
 */
import { getNamedType, isInputObjectType, Kind, type FieldNode, type GraphQLField, type GraphQLInputType, type GraphQLNamedType, type GraphQLSchema, type OperationDefinitionNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import { badInput, type AppError } from '../../errors/app-error';
import { REQUEST_LIMITS, STRING_ARGUMENT_LIMITS } from './request-limits';

/** The first over-long argument of the operation, as a BAD_USER_INPUT error; null when all are within limits. */
export function findOverlongArgument(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>, variables: Record<string, unknown>): AppError | null {
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (!root) return null;
  // Variables first: one the operation does not use could still be huge, and it is named as the client sent it.
  for (const [name, value] of Object.entries(variables)) {
    const found = overlong(value, `$${name}`, longestAllowed());
    if (found) return found;
  }
  return walk(root, operation.selectionSet, fragments, variables, new Set());
}

/** No variable may be longer than the longest argument allows; the per-argument check below is exact. */
function longestAllowed(): number {
  return Math.max(REQUEST_LIMITS.maxStringArgument, ...Object.values(STRING_ARGUMENT_LIMITS));
}

function walk(parent: GraphQLNamedType, set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, variables: Record<string, unknown>, seen: Set<string>): AppError | null {
  for (const selection of set.selections) {
    let found: AppError | null = null;
    if (selection.kind === Kind.FIELD) {
      const field = 'getFields' in parent ? (parent.getFields() as Record<string, GraphQLField<unknown, unknown>>)[selection.name.value] : undefined;
      if (!field) continue;
      found = checkField(field, selection, variables);
      if (!found && selection.selectionSet) found = walk(getNamedType(field.type), selection.selectionSet, fragments, variables, seen);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      found = walk(parent, selection.selectionSet, fragments, variables, seen);
    } else if (!seen.has(selection.name.value) && fragments[selection.name.value]) {
      seen.add(selection.name.value);
      found = walk(parent, fragments[selection.name.value].selectionSet, fragments, variables, seen);
    }
    if (found) return found;
  }
  return null;
}

function checkField(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): AppError | null {
  if (!field.args.length) return null;
  let values: Record<string, unknown>;
  try {
    values = getArgumentValues(field, node, variables);
  } catch {
    return null; // execution reports invalid arguments (after the variable check above bounded their size)
  }
  for (const arg of field.args) {
    const found = checkValue(values[arg.name], arg.type, `${field.name}.${arg.name}`, arg.name);
    if (found) return found;
  }
  return null;
}

function checkValue(value: unknown, type: GraphQLInputType, key: string, label: string): AppError | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    const limit = STRING_ARGUMENT_LIMITS[key] ?? REQUEST_LIMITS.maxStringArgument;
    return value.length > limit ? badInput(`Argument "${label}" is ${value.length} characters long; the limit is ${limit}`, label) : null;
  }
  if (Array.isArray(value)) {
    if (value.length > REQUEST_LIMITS.maxListArgument) return badInput(`Argument "${label}" has ${value.length} items; the limit is ${REQUEST_LIMITS.maxListArgument}`, label);
    for (const item of value) {
      const found = checkValue(item, type, key, label);
      if (found) return found;
    }
    return null;
  }
  const named = getNamedType(type);
  if (typeof value === 'object' && isInputObjectType(named)) {
    for (const [name, field] of Object.entries(named.getFields())) {
      const found = checkValue((value as Record<string, unknown>)[name], field.type, `${key}.${name}`, `${label}.${name}`);
      if (found) return found;
    }
  }
  return null;
}

/** Raw JSON values (variables): any string or list past `limit` anywhere inside. */
function overlong(value: unknown, label: string, limit: number, depth = 0): AppError | null {
  if (typeof value === 'string') return value.length > limit ? badInput(`Variable "${label}" is ${value.length} characters long; the limit is ${limit}`, label) : null;
  if (depth > 20) return badInput(`Variable "${label}" is nested too deeply`, label);
  if (Array.isArray(value)) {
    if (value.length > REQUEST_LIMITS.maxListArgument) return badInput(`Variable "${label}" has ${value.length} items; the limit is ${REQUEST_LIMITS.maxListArgument}`, label);
    for (const item of value) {
      const found = overlong(item, label, limit, depth + 1);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length > REQUEST_LIMITS.maxListArgument) return badInput(`Variable "${label}" has ${entries.length} fields; the limit is ${REQUEST_LIMITS.maxListArgument}`, label);
    for (const [name, item] of entries) {
      const found = overlong(item, `${label}.${name}`, limit, depth + 1);
      if (found) return found;
    }
  }
  return null;
}
