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
 */
import { defaultFieldResolver, getNullableType, isListType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
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

/** Wraps the schema's fields in place (once) and returns it. */
export function instrumentSchema(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const inner: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      const capped = isListType(getNullableType(field.type)) && !PAGED_LISTS.has(`${type.name}.${field.name}`) && !field.args.some((a) => (PAGE_ARGUMENTS as readonly string[]).includes(a.name));
      const cap = listCap(type.name, field.name);
      const hold = (value: unknown) => (Array.isArray(value) && value.length > cap ? value.slice(0, cap) : value);
      field.resolve = (source, args, context, info) => {
        const budget = (context as { [FIELD_BUDGET]?: FieldBudget } | undefined)?.[FIELD_BUDGET];
        count(budget);
        const result = inner(source, args, context, info);
        if (isPromise(result)) return capped || budget ? result.then((value) => (measure(budget, value), capped ? hold(value) : value)) : result;
        measure(budget, result);
        return capped ? hold(result) : result;
      };
    }
  }
  return schema;
}
