/**
 * Look-ahead: the field paths a client selected below the current field ("edges.node.series.levels"), read
 * from the resolve info, so a service can fetch a nested selection in one statement before the nested
 * resolvers ask for it level by level. Aliases are ignored (paths use field names); fragments are followed.
 */
import type { FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

import type { Selection } from '../model/selection';

const MAX_DEPTH = 8;

export function lookAhead(info: GraphQLResolveInfo): Selection {
  // Each selected path, and the field names directly under it ('' is the field itself).
  const children = new Map<string, Set<string>>();
  for (const node of info.fieldNodes) if (node.selectionSet) collect(node.selectionSet, '', 0, info.fragments, children);
  return { has: (path) => children.has(path), fieldsAt: (path) => [...(children.get(path) ?? [])] };
}

function collect(set: SelectionSetNode, parent: string, depth: number, fragments: Record<string, FragmentDefinitionNode>, children: Map<string, Set<string>>): void {
  if (depth >= MAX_DEPTH) return;
  for (const selection of set.selections) {
    if (selection.kind === 'Field') {
      const name = selection.name.value;
      const path = parent ? `${parent}.${name}` : name;
      let siblings = children.get(parent);
      if (!siblings) children.set(parent, (siblings = new Set()));
      siblings.add(name);
      if (!children.has(path)) children.set(path, new Set());
      if (selection.selectionSet) collect(selection.selectionSet, path, depth + 1, fragments, children);
    } else if (selection.kind === 'InlineFragment') {
      collect(selection.selectionSet, parent, depth, fragments, children);
    } else {
      const fragment = fragments[selection.name.value];
      if (fragment) collect(fragment.selectionSet, parent, depth, fragments, children);
    }
  }
}
