/**
 * The worst-case number of fields an operation resolves: each field counts 1, and everything under a list
 * counts once per item the list may hold. A list's size is its page argument (`first`, `limit`, `maxNodes`)
 * whether written literally, passed as a variable or left at its default, else the list cap every list field
 * is held to. Unlike graphql-armor's cost (which multiplies only by a literal `first`), a variable cannot hide
 * the size.
 */
import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  type InlineFragmentNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getArgumentValues, getDirectiveValues } from 'graphql/execution/values';
import { listCap, PAGED_LISTS, PAGE_ARGUMENTS } from './request-limits';

export interface CostOptions {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /** Stop counting past this (the answer is then "over"), so a hostile operation cannot make us loop long. */
  ceiling: number;
}


/** The operation's worst-case field count (capped at `ceiling + 1`). */
export function operationCost(options: CostOptions): number {
  const root = options.operation.operation === 'mutation' ? options.schema.getMutationType() : options.operation.operation === 'subscription' ? options.schema.getSubscriptionType() : options.schema.getQueryType();
  if (!root) return 0;
  return selectionCost(root, options.operation.selectionSet, options, new Set());
}

function selectionCost(parent: GraphQLNamedType, set: SelectionSetNode, options: CostOptions, visiting: Set<string>): number {
  let total = 0;
  for (const selection of set.selections) {
    if (total > options.ceiling) return total;
    if (!included(selection, options.variables)) continue;
    if (selection.kind === Kind.FIELD) {
      if (!isObjectType(parent) && !('getFields' in parent)) continue;
      const name = selection.name.value;
      if (name.startsWith('__')) continue; // introspection and __typename are cheap and fixed
      const field = (parent as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields()[name];
      if (!field) continue; // validation reports unknown fields
      const multiplier = listSize(parent.name, field, selection, options);
      const below = selection.selectionSet ? selectionCost(getNamedType(field.type), selection.selectionSet, options, visiting) : 0;
      total += 1 + multiplier * below;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? options.schema.getType(selection.typeCondition.name.value) ?? parent : parent;
      total += selectionCost(type, selection.selectionSet, options, visiting);
    } else {
      const name = selection.name.value;
      const fragment = options.fragments[name];
      if (!fragment || visiting.has(name)) continue; // validation reports cycles and unknown fragments
      const type = options.schema.getType(fragment.typeCondition.name.value) ?? parent;
      visiting.add(name);
      total += selectionCost(type, fragment.selectionSet, options, visiting);
      visiting.delete(name);
    }
  }
  return total;
}

/** False when @skip or @include leaves the selection out, as execution will (with the same variables). */
function included(node: FieldNode | FragmentSpreadNode | InlineFragmentNode, variables: Record<string, unknown>): boolean {
  if (!node.directives?.length) return true;
  try {
    if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
    if (getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if === false) return false;
  } catch {
    // An invalid directive argument is reported by validation; count the selection meanwhile.
  }
  return true;
}

/** How many times the selection under this field may run: 1, the page argument, or the list cap. */
function listSize(parentName: string, field: GraphQLField<unknown, unknown>, node: Parameters<typeof getArgumentValues>[1], options: CostOptions): number {
  const pageArgument = field.args.find((a) => (PAGE_ARGUMENTS as readonly string[]).includes(a.name));
  if (pageArgument) {
    let values: Record<string, unknown> = {};
    try {
      values = getArgumentValues(field, node, options.variables);
    } catch {
      // An invalid argument is reported by execution; count it at the cap meanwhile.
      return listCap(parentName, field.name);
    }
    const size = Number(values[pageArgument.name] ?? pageArgument.defaultValue ?? listCap(parentName, field.name));
    // Out-of-range sizes are the resolver's to refuse (BAD_USER_INPUT naming the argument); none accepts more than 5000.
    return Number.isFinite(size) && size > 0 && size <= 5000 ? size : 1;
  }
  if (!isListType(getNullableType(field.type))) return 1;
  return PAGED_LISTS.has(`${parentName}.${field.name}`) ? 1 : listCap(parentName, field.name);
}
