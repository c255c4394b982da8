/**
 * Clean-up between parsing and validation that no parser should have to repeat: whitespace in names,
 * one requirement per competency per class, no duplicate duties; and repairs of values a parser may misread
 * (a share of time over 100%, a span ending before it starts), each with a warning rather than a refused document.
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
    const duties = (c.duties ?? [])
      .filter((d) => {
        const key = squash(d.text).toLowerCase();
        if (!key || dutyTexts.has(key)) return false;
        dutyTexts.add(key);
        return true;
      })
      .map((d) => {
        if (d.percentOfTime === undefined || (d.percentOfTime >= 0 && d.percentOfTime <= 100)) return d;
        warnings.push(`${c.title}: a duty's share of time reads ${d.percentOfTime}%, not a share of 0-100%; the share was dropped ("${squash(d.text).slice(0, 60)}")`);
        return { ...d, percentOfTime: undefined };
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
  const repaired = { ...doc, classes, warnings };
  repairSpans(repaired, (label) => warnings.push(`a span of ${label} ended before it started; it was narrowed to its start`));
  return repaired;
}

/** Every `{start, end}` object in the document with end < start becomes empty at its start (in place). */
function repairSpans(value: unknown, warn: (label: string) => void, label = 'the document', depth = 0): void {
  if (!value || typeof value !== 'object' || depth > 8) return;
  if (Array.isArray(value)) {
    for (const item of value) repairSpans(item, warn, label, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.start === 'number' && typeof record.end === 'number' && record.end < record.start) {
    warn(label);
    record.end = record.start;
  }
  for (const [key, item] of Object.entries(record)) {
    if (key === 'text' && typeof item === 'string') continue;
    repairSpans(item, warn, typeof record.title === 'string' ? `"${record.title.slice(0, 60)}"` : label, depth + 1);
  }
}
