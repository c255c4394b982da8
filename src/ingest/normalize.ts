/**
 * Clean-up between parsing and validation that no parser should have to repeat: whitespace in names,
 * one requirement per competency per class, no duplicate duties.
 */
import type { NormalizedDocumentInput } from '../model/specification';
import { competencyKey } from '../model/keys';
import { squash } from '../model/trim';


export function normalizeDocument(doc: NormalizedDocumentInput): NormalizedDocumentInput {
  const warnings = [...(doc.warnings ?? [])];
  const classes = (doc.classes ?? []).map((c) => {
    const seen = new Set<string>();
    const competencies = (c.competencies ?? []).filter((k) => {
      const key = `${k.kind}:${competencyKey(k.name)}`;
      if (!competencyKey(k.name) || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const dutyTexts = new Set<string>();
    const duties = (c.duties ?? []).filter((d) => {
      const key = squash(d.text).toLowerCase();
      if (!key || dutyTexts.has(key)) return false;
      dutyTexts.add(key);
      return true;
    });
    return {
      ...c,
      title: squash(c.title),
      code: c.code ? squash(c.code) : undefined,
      competencies: competencies.map((k) => ({ ...k, name: squash(k.name) })),
      duties,
    };
  });
  if (!classes.length) warnings.push('no job class was recognized in this document');
  return { ...doc, classes, warnings };
}
