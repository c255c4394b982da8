/**
 * Extraction measured on the real corpus (test/real-corpus): public specifications we did not write, read by an
 * analyst into batch-N/expected.json before the parser met them. Prints per document and per batch: classes
 * (recall and precision), codes, grades, explicit promotions with months right, inferred promotions,
 * distinctions, competencies (exact name, recall and precision), and classes titled from page furniture.
 *
 *   npm run recall:real                       every batch
 *   npm run recall:real -- batch-3 --record   a batch's first run, written to batch-3/first-run.txt (never overwritten)
 *   npm run recall:real -- --check            sha256 of each saved text against sources.json
 *   npm run recall:real -- --verbose          what was missed and what was invented, per document
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../../src/ingest/pipeline';
import { competencyKey, normalizeTitle } from '../../src/model/keys';
import type { JobClassSpec } from '../../src/model/specification';

interface Source { id: string; url: string; query: string; employer: string; kind: string; sha256: string }
interface ExpectedClass { title: string; code?: string; payGrade?: string; level?: number; series?: string }
interface Expected {
  classes: ExpectedClass[];
  promotions?: { from: string; to: string; months?: number; explicit?: boolean }[];
  distinctions?: { from: string; to: string }[];
  competencies?: Record<string, string[]>;
  furniture?: string[];
}

export interface Tally { found: number; expected: number }
const KEYS = ['classes', 'classPrecision', 'codes', 'grades', 'promotions', 'promotionMonths', 'inferred', 'distinctions', 'competencies', 'competencyPrecision'] as const;
type Key = (typeof KEYS)[number];
export type Score = Record<Key, Tally> & { furnitureTitles: number; refused: number };

const ROOT = path.resolve(__dirname, '../../test/real-corpus');
const emptyScore = (): Score => ({ ...(Object.fromEntries(KEYS.map((k) => [k, { found: 0, expected: 0 }])) as Record<Key, Tally>), furnitureTitles: 0, refused: 0 });
/** Titles compare without case, punctuation or a trailing remark in parentheses ("(Fort Carson)"). */
/** A level numeral as an OCR reads it ("I1", "11" for II) is the numeral: annotators wrote it either way. */
const ocrNumeral = (t: string) => t.replace(/\s(?:11|I1|1I|Il|lI)$/, ' II').replace(/\s(?:111|IIl|lII)$/, ' III');
const bare = (t: string) => normalizeTitle(ocrNumeral(t.replace(/\s*\([^()]*\)\s*$/, '')));
const sameTitle = (a: string, b: string) => bare(a) === bare(b);
/** Codes and grades compare without case, spaces, dots, the kind of dash or a leading "Grade", "Range" or "R " ("R 19 0" = "19.0"). */
const token = (v: string | undefined) => (v ?? '').toLowerCase().replace(/[\u2010-\u2015]/g, '-').replace(/^(?:(?:pay|salary)\s*)?(?:grade|range|band|level|r(?=\s+\d))\s*/, '').replace(/[\s.]/g, '');

function count(t: Tally, hit: boolean | undefined): void {
  t.expected++;
  if (hit) t.found++;
}

export function scoreDocument(text: string, fileName: string, e: Expected, log: string[]): Score {
  const s = emptyScore();
  let classes: JobClassSpec[] = [];
  try {
    const { document } = parseDocument({ fileName, bytes: Buffer.from(text, 'utf8') });
    classes = document.classes;
  } catch (error) {
    log.push(`  refused: ${(error as Error).message.slice(0, 200)}`);
  }
  if (!classes.length) s.refused = 1;
  // The exact title first: "Accounting Officer (Specialist)" and "(Supervisor)" are two classes.
  const find = (title: string) => classes.find((c) => normalizeTitle(c.title) === normalizeTitle(title)) ?? classes.find((c) => sameTitle(c.title, title));
  for (const c of e.classes) {
    const got = find(c.title);
    count(s.classes, !!got);
    if (!got) log.push(`  missed class: ${c.title}`);
    if (c.code) count(s.codes, got && token(got.code) === token(c.code));
    if (c.payGrade) count(s.grades, got && [got.payGrade, got.payBand].some((g) => g && token(g) === token(c.payGrade)));
    if (got && c.code && token(got.code) !== token(c.code)) log.push(`  code of ${c.title}: got ${got.code ?? '-'}, expected ${c.code}`);
    if (got && c.payGrade && ![got.payGrade, got.payBand].some((g) => g && token(g) === token(c.payGrade))) log.push(`  grade of ${c.title}: got ${got.payGrade ?? got.payBand ?? '-'}, expected ${c.payGrade}`);
  }
  const furniture = (e.furniture ?? []).map(normalizeTitle).filter(Boolean);
  for (const c of classes) {
    const real = e.classes.some((x) => sameTitle(x.title, c.title));
    count(s.classPrecision, real);
    if (!real) {
      const key = normalizeTitle(c.title);
      // A title cut short or run long ("Deputy Clerk" for "Deputy Clerk - Magistrate Court", "Clerk 1 - Supervision"
      // for "Clerk 1") is the class's own title misread, though a furniture line holding the title contains it too.
      const longer = (a: string, b: string) => bare(a).startsWith(`${bare(b)}-`);
      const variant = e.classes.find((x) => !find(x.title) && (longer(x.title, c.title) || longer(c.title, x.title)));
      const isFurniture = !variant && furniture.some((f) => f === key || f.includes(key) || key.includes(f));
      if (isFurniture) s.furnitureTitles++;
      log.push(`  invented class: "${c.title}"${isFurniture ? ' (page furniture)' : variant ? ` (misread title of ${variant.title})` : ''}`);
    }
  }
  for (const p of e.promotions ?? []) {
    const to = find(p.to);
    if (p.explicit === false) {
      const hit = to?.promotionRequirements.some((r) => sameTitle(r.from.title, p.from))
        || find(p.from)?.advancement?.some((a) => a.to && sameTitle(a.to.title, p.to))
        || to?.advancement?.some((a) => a.from && sameTitle(a.from.title, p.from));
      count(s.inferred, hit);
      if (!hit) log.push(`  missed inferred promotion: ${p.from} -> ${p.to}`);
      continue;
    }
    const req = to?.promotionRequirements.find((r) => sameTitle(r.from.title, p.from));
    count(s.promotions, !!req);
    if (p.months !== undefined) count(s.promotionMonths, req?.months === p.months);
    if (!req) log.push(`  missed promotion: ${p.from} -> ${p.to}${p.months ? ` (${p.months} months)` : ''}`);
    else if (p.months !== undefined && req.months !== p.months) log.push(`  months of ${p.from} -> ${p.to}: got ${req.months}, expected ${p.months}`);
  }
  for (const d of e.distinctions ?? []) {
    const hit = find(d.from)?.distinctions.some((x) => sameTitle(x.other.title, d.to));
    count(s.distinctions, hit);
    if (!hit) log.push(`  missed distinction: ${d.from} / ${d.to}`);
  }
  for (const [title, names] of Object.entries(e.competencies ?? {})) {
    const got = find(title)?.competencies ?? [];
    const keys = new Set(got.map((k) => competencyKey(k.name)));
    const expectedKeys = new Set(names.map(competencyKey));
    for (const n of names) {
      count(s.competencies, keys.has(competencyKey(n)));
      if (!keys.has(competencyKey(n))) log.push(`  missed competency (${title}): ${n}`);
    }
    for (const k of got) {
      const ok = expectedKeys.has(competencyKey(k.name));
      count(s.competencyPrecision, ok);
      if (!ok) log.push(`  extra competency (${title}): ${k.name}`);
    }
  }
  return s;
}

function add(a: Score, b: Score): Score {
  const out = emptyScore();
  for (const k of KEYS) out[k] = { found: a[k].found + b[k].found, expected: a[k].expected + b[k].expected };
  out.furnitureTitles = a.furnitureTitles + b.furnitureTitles;
  out.refused = a.refused + b.refused;
  return out;
}

const pct = (t: Tally) => (t.expected ? `${t.found}/${t.expected} ${Math.round((100 * t.found) / t.expected)}%` : '-');
const HEADER = ['document', 'classes', 'precision', 'codes', 'grades', 'promotions', 'months', 'inferred', 'distinctions', 'competencies', 'comp.prec', 'furniture', 'refused'];
const row = (name: string, s: Score) => [name, ...KEYS.map((k) => pct(s[k])), String(s.furnitureTitles), String(s.refused)].join('\t');

function batches(only: string[]): string[] {
  if (!fs.existsSync(ROOT)) return [];
  return fs.readdirSync(ROOT).filter((d) => /^batch-\d+$/.test(d) && (!only.length || only.includes(d))).sort((a, b) => Number(a.slice(6)) - Number(b.slice(6)));
}

function main(): void {
  const args = process.argv.slice(2);
  const flags = new Set(args.filter((a) => a.startsWith('--')));
  const names = batches(args.filter((a) => !a.startsWith('--')));
  if (!names.length) {
    console.log(`no batches in ${ROOT} (see its README: batch-N/sources.json and expected.json)`);
    return;
  }
  let grand = emptyScore();
  const lines: string[] = [HEADER.join('\t')];
  for (const batch of names) {
    if (!fs.existsSync(path.join(ROOT, batch, 'expected.json'))) {
      lines.push(`${batch}: no sources.json and expected.json yet (still being gathered?), skipped`, '');
      continue;
    }
    const sources: Source[] = JSON.parse(fs.readFileSync(path.join(ROOT, batch, 'sources.json'), 'utf8'));
    const expected: Record<string, Expected> = JSON.parse(fs.readFileSync(path.join(ROOT, batch, 'expected.json'), 'utf8'));
    const textDir = path.join(ROOT, '.texts', batch);
    let total = emptyScore();
    const out: string[] = [];
    let missing = 0;
    for (const source of sources) {
      const file = path.join(textDir, `${source.id}.txt`);
      if (!fs.existsSync(file)) {
        missing++;
        continue;
      }
      const text = fs.readFileSync(file, 'utf8');
      if (flags.has('--check')) {
        const sha = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
        if (sha !== source.sha256) console.log(`${source.id}: sha256 differs from sources.json`);
      }
      const e = expected[source.id];
      if (!e) {
        console.log(`${source.id}: no expected reading`);
        continue;
      }
      const log: string[] = [];
      const s = scoreDocument(text, `${source.id}.txt`, e, log);
      total = add(total, s);
      out.push(row(source.id, s));
      if (flags.has('--verbose') && log.length) out.push(...log);
    }
    if (missing) out.push(`(${missing} of ${sources.length} texts missing in ${textDir}: fill it again, see the README)`);
    out.push(row(`${batch} TOTAL`, total));
    lines.push(...out, '');
    grand = add(grand, total);
    if (flags.has('--record')) {
      const record = path.join(ROOT, batch, 'first-run.txt');
      if (fs.existsSync(record)) console.log(`${record} exists: a first run is recorded once`);
      else fs.writeFileSync(record, `first run of ${batch}, ${new Date().toISOString()}\n${[HEADER.join('\t'), ...out].join('\n')}\n`);
    }
  }
  if (names.length > 1) lines.push(row('ALL TOTAL', grand));
  console.log(lines.join('\n'));
}

if (require.main === module) main();
