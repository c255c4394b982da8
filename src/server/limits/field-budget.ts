/**
 * One pass over the built schema wraps each object field once, synchronously: a list field without a page
 * argument is held to its cap (request-limits), whatever its resolver returned, so the sizes the query cost
 * assumes are the sizes clients get; and every resolution is counted against the request's runtime budget
 * (fields resolved, characters of strings), which the request-budget plugin puts in the context.
 *
 * Why not type-graphql's globalMiddlewares or Apollo's willResolveField: a global middleware makes every field,
 * scalars included, return a promise, and willResolveField invokes the plugin hooks for every field; on nested
 * reads of thousands of fields either costs more than the resolvers themselves. Here a field that resolves
 * synchronously stays synchronous.
 *
 * Plain leaf fields (a scalar read straight from the record, with no resolver of ours) are not wrapped at all:
 * they are counted, and their strings measured, by the field that produced their object, from the selection
 * (once per query document). They then have no resolver, so graphql-jit reads them as plain property accesses;
 * a resolver call per scalar was a fifth of the server's time on nested reads.
 */
import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { queryLimitExceeded, type AppError } from '../../errors/app-error';
import { listCap, PAGED_LISTS, PAGE_ARGUMENTS } from './request-limits';

/** The runtime budget of one request; set on its context by the request-budget plugin. */
export interface FieldBudget {
  resolved: number;
  chars: number;
  maxResolvers: number;
  maxResultChars: number;
  /** Set once a budget is exceeded: later fields throw it, and the response becomes this one error. */
  over: AppError | null;
}

export const FIELD_BUDGET = Symbol('fieldBudget');

const isPromise = (value: unknown): value is Promise<unknown> => typeof (value as Promise<unknown> | null)?.then === 'function';

function count(budget: FieldBudget | undefined): void {
  if (!budget) return;
  if (budget.over) throw budget.over;
  budget.resolved += 1;
  if (budget.resolved > budget.maxResolvers) {
    budget.over = queryLimitExceeded(`The request resolved more than ${budget.maxResolvers} fields and was stopped`, { maxResolvers: budget.maxResolvers });
    throw budget.over;
  }
}

function measure(budget: FieldBudget | undefined, value: unknown): void {
  if (!budget || typeof value !== 'string') return;
  budget.chars += value.length;
  if (!budget.over && budget.chars > budget.maxResultChars) {
    budget.over = queryLimitExceeded(`The answer grew past ${budget.maxResultChars} characters and was stopped; ask for less`, { maxResultChars: budget.maxResultChars });
  }
}

/** Says whether a field has a resolver of ours (a type-graphql field resolver or a root field). */
export type HasResolver = (type: string, field: string) => boolean;

/** A plain leaf field: a scalar or enum (not a list) read straight from its record. */
const isPlainLeaf = (type: GraphQLObjectType, name: string, hasResolver: HasResolver): boolean => {
  const field = type.getFields()[name];
  return !!field && !hasResolver(type.name, name) && isLeafType(getNullableType(field.type));
};

/** Response keys and field names of the plain leaf fields selected below a field, per query document. */
const plainSelections = new WeakMap<FieldNode, string[]>();

function plainFieldsSelected(info: GraphQLResolveInfo, type: GraphQLObjectType, hasResolver: HasResolver): string[] {
  const cached = plainSelections.get(info.fieldNodes[0]);
  if (cached) return cached;
  const names: string[] = [];
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, depth: number): void => {
    if (!set || depth > 16) return;
    for (const selection of set.selections) {
      if (selection.kind === 'Field') {
        const key = selection.alias?.value ?? selection.name.value;
        if (!seen.has(key) && isPlainLeaf(type, selection.name.value, hasResolver)) names.push(selection.name.value);
        seen.add(key);
      } else if (selection.kind === 'InlineFragment') visit(selection.selectionSet, fragments, depth + 1);
      else visit(fragments[selection.name.value]?.selectionSet, fragments, depth + 1);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, info.fragments, 0);
  plainSelections.set(info.fieldNodes[0], names);
  return names;
}

/** Counts the plain leaf fields selected on each object of a field's value (one object, a list, or null). */
function countPlain(budget: FieldBudget, value: unknown, names: readonly string[]): void {
  if (!names.length || value === null || value === undefined) return;
  const objects = Array.isArray(value) ? value : [value];
  for (const object of objects) {
    if (object === null || typeof object !== 'object') continue;
    for (const name of names) {
      count(budget);
      measure(budget, (object as Record<string, unknown>)[name]);
    }
  }
  if (budget.over) throw budget.over;
}

/** Wraps the schema's fields in place (once) and returns it. */
export function instrumentSchema(schema: GraphQLSchema, hasResolver: HasResolver): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (isPlainLeaf(type, field.name, hasResolver)) {
        // type-graphql's basic resolver only reads the property (we use no middlewares): let graphql-jit inline it.
        field.resolve = undefined;
        continue;
      }
      const inner: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      const capped = isListType(getNullableType(field.type)) && !PAGED_LISTS.has(`${type.name}.${field.name}`) && !field.args.some((a) => (PAGE_ARGUMENTS as readonly string[]).includes(a.name));
      const cap = listCap(type.name, field.name);
      const hold = (value: unknown) => (Array.isArray(value) && value.length > cap ? value.slice(0, cap) : value);
      const objectType = getNamedType(field.type);
      const producesObjects = isObjectType(objectType);
      const settle = (budget: FieldBudget | undefined, value: unknown, info: GraphQLResolveInfo) => {
        const held = capped ? hold(value) : value;
        if (budget) {
          measure(budget, held);
          if (producesObjects) countPlain(budget, held, plainFieldsSelected(info, objectType, hasResolver));
        }
        return held;
      };
      field.resolve = (source, args, context, info) => {
        const budget = (context as { [FIELD_BUDGET]?: FieldBudget } | undefined)?.[FIELD_BUDGET];
        count(budget);
        const result = inner(source, args, context, info);
        if (isPromise(result)) return capped || budget ? result.then((value) => settle(budget, value, info)) : result;
        return settle(budget, result, info);
      };
    }
  }
  return schema;
}
