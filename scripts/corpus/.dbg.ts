import fs from 'node:fs';
import { layoutLines } from '/work/wt-extract4/src/ingest/layout/layout-lines';
import { segmentClasses } from '/work/wt-extract4/src/ingest/segment/segment-classes';
import { parseDocument } from '/work/wt-extract4/src/ingest/pipeline';
const file = process.argv[2];
const text = fs.readFileSync(file, 'utf8');
const lines = layoutLines(text, []);
if (process.argv.includes('--lines')) for (const l of lines) if (l.kind !== 'blank') console.log(l.index, l.kind, l.cells.length, JSON.stringify(l.folded.slice(0, 120)));
const s = segmentClasses(lines, text);
console.log(JSON.stringify(s.anchors.map(a => ({ line: a.line, t: a.title, c: a.code, g: a.grade, e: a.evidence })), null, 0), s.reason ?? '');
try {
  const { document } = parseDocument({ fileName: file.split('/').pop()!, bytes: Buffer.from(text, 'utf8') });
  for (const c of document.classes) console.log('CLASS', c.title, '|', c.code, '|', c.payGrade, '| comps:', c.competencies.map(k => k.name).join(' ;; '), '| dist:', (c.distinctions ?? []).map((d: any) => d.toTitle ?? d.to ?? JSON.stringify(d)).join(','));
} catch (e) { console.log('ERR', (e as Error).message.slice(0, 300)); }
