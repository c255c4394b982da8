/**
 * Look-ahead: the field paths a client selected below the current field ("edges.node.series.levels"), read
 * from the resolve info, so a service can fetch a nested selection in one statement before the nested
 * resolvers ask for it level by level. Aliases are ignored (paths use field names); fragments are followed.
 */
import type { FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

import type { Selection } from '../services/job-class.service';

const MAX_DEPTH = 8;

export function lookAhead(info: GraphQLResolveInfo): Selection {
  const paths = new Set<string>();
  for (const node of info.fieldNodes) if (node.selectionSet) collect(node.selectionSet, '', 0, info.fragments, paths);
  return { has: (path) => paths.has(path) };
}

function collect(set: SelectionSetNode, prefix: string, depth: number, fragments: Record<string, FragmentDefinitionNode>, paths: Set<string>): void {
  if (depth >= MAX_DEPTH) return;
  for (const selection of set.selections) {
    if (selection.kind === 'Field') {
      const path = prefix + selection.name.value;
      paths.add(path);
      if (selection.selectionSet) collect(selection.selectionSet, `${path}.`, depth + 1, fragments, paths);
    } else if (selection.kind === 'InlineFragment') {
      collect(selection.selectionSet, prefix, depth, fragments, paths);
    } else {
      const fragment = fragments[selection.name.value];
      if (fragment) collect(fragment.selectionSet, prefix, depth, fragments, paths);
    }
  }
}
