/** Jurisdictions, competencies and full-text search. */
import { badInput } from '../errors/app-error';
import { competencyKey } from '../model/keys';
import type { CatalogRepository } from '../repositories/catalog.repository';
import { decodeCursor, decodeOffsetCursor, encodeCursor, encodeOffsetCursor } from './cursor';

/** Characters with a meaning in Lucene query syntax; user text is matched literally. */
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

export class CatalogService {
  constructor(private readonly catalog: CatalogRepository) {}

  jurisdictions() {
    return this.catalog.jurisdictions();
  }

  async competencies(first: number, after: string | null | undefined, nameStartsWith: string | null | undefined) {
    const prefix = nameStartsWith ? competencyKey(nameStartsWith) : null;
    const rows = await this.catalog.competencies(decodeCursor(after), first + 1, prefix || null);
    const nodes = rows.slice(0, first) as { id: string; name: string }[];
    return {
      nodes,
      pageInfo: { hasNextPage: rows.length > first, endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1].id) : null },
    };
  }

  async search(text: string, first: number, after?: string | null) {
    if (first < 1 || first > 100) throw badInput('"first" must be between 1 and 100', 'first');
    const skip = decodeOffsetCursor(after);
    if (text.length > 200) throw badInput('search text is limited to 200 characters', 'text');
    // Lowercase: Lucene reads upper-case AND/OR/NOT as operators; the index analyzer lowercases anyway.
    const terms = text.replace(LUCENE_SPECIAL, ' ').toLowerCase().split(/\s+/).filter(Boolean);
    if (!terms.length) throw badInput('search text must contain at least one word', 'text');
    if (terms.length > 32) throw badInput('search text is limited to 32 words', 'text');
    // Every term must match (AND), the last one also as a prefix so partial words typed in a search box match.
    const query = terms.map((t, i) => (i === terms.length - 1 ? `(${t} OR ${t}*)` : t)).join(' AND ');
    const rows = await this.catalog.search(query, first, skip);
    return rows.map((row, i) => ({
      cursor: encodeOffsetCursor(skip + i + 1),
      kind: row.kind,
      score: row.score,
      matched: row.matched,
      jobClass: row.kind === 'JOB_CLASS' ? row.value : null,
      competency: row.kind === 'COMPETENCY' ? row.value : null,
    }));
  }
}
