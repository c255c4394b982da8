/**
 * The layout-first reader for employers we have never seen: text (and a reader's hints) -> laid-out lines
 * (src/ingest/layout) -> class segments on evidence (src/ingest/segment) -> fields per class (src/ingest/fields).
 * Titles that differ only by a level numeral, or the levels of a combined series title, form a series.
 * A document without evidence of a class yields none, with the reason as a warning; the pipeline refuses it.
 */
import { respellSeriesFromBody, respellTitleFromBody, sameTitleLoosely } from '../../fields/title-spelling';
import type { CompetencyRequirement, JobClassSpec, NormalizedDocumentInput, SeriesSpec } from '../../../model/specification';
import { normalizeTitle, slugify } from '../../../model/keys';
import type { DocumentParser, ParseContext } from '../parser';
import { layoutLines, type LaidLine } from '../../layout/layout-lines';
import { sectionKind } from '../../layout/section-kinds';
import { segmentClasses, spelledOut, type ClassAnchor } from '../../segment/segment-classes';
import { codeToken, gradeToken } from '../../segment/labels';
import { LEVEL_NUMERAL, ROMAN } from '../../segment/title-words';
import { BARE_CODE, levelRank, readClassFields, readLabelLines, readProseGrade, sectionLeadIn, type ClassRead } from '../../fields/read-class-fields';
import { AT_LEVEL, NEXT_LEVEL, readAdvancement } from '../../fields/advancement';
import { append } from '../text/append';

const LEVEL = /^(.*?)\s+(I{1,3}|IV|V|VI{0,3}|IX|X|\d{1,2})$/;
const level = (numeral: string) => ROMAN[numeral] ?? Number(numeral);
/** A sentence that introduces the classes below it as the steps of one ladder. */
const LADDER_ANNOUNCED = /\bfollowing\s+(?:[\w-]+\s+){0,2}?(?:promotional|career|progression)\s+(?:track\s+)?(?:ladder|path(?:way)?|track|sequence)\b|\b(?:promotional|career)\s+(?:track\s+)?(?:ladder|path(?:way)?)\s+(?:below|as\s+follows)\b/i;

/** Lines of each anchor's body: from its line to the next anchor's line (levels of one series title share one body). */
function bodies(lines: LaidLine[], anchors: ClassAnchor[]): LaidLine[][] {
  const starts = [...new Set(anchors.filter((a) => !a.row).map((a) => a.line))].sort((a, b) => a - b);
  return anchors.map((a) => {
    if (a.row) return [lines[a.line]];
    const next = starts.find((s) => s > a.line);
    return lines.slice(a.line, next ?? lines.length);
  });
}

/** In a combined series body, a line naming one level with its code or grade ("Planner II  3812  Grade 27"). */
function levelFacts(body: LaidLine[], anchor: ClassAnchor): { code?: string; grade?: string } {
  const title = normalizeTitle(anchor.title);
  for (const l of body.slice(1)) {
    const first = l.cells[0] ?? l.folded;
    const head = first.replace(/[:\s]+$/, '');
    if (normalizeTitle(head) !== title && !normalizeTitle(l.folded).startsWith(`${title}-`)) continue;
    const rest = l.cells.length > 1 ? l.cells.slice(1).join(' ') : l.folded.slice(head.length);
    const code = /(?:code|no\.?|#)\s*:?\s*([A-Z]{0,4}-?\d[\dA-Z-]{1,9})/i.exec(rest)?.[1] ?? codeToken(rest.replace(/^[\s:|-]+/, ''));
    const grade = /(?:grade|range|band)\s*:?\s*([A-Z]{0,3}-?\d{1,3}[A-Z]?)/i.exec(rest)?.[1];
    if (code || grade) return { code: code && !/^\d{1,2}$/.test(code) ? code : undefined, grade: grade ? gradeToken(grade) : undefined };
  }
  return {};
}

function assembleSeries(read: ClassRead[], anchors: ClassAnchor[]): SeriesSpec[] {
  const series: SeriesSpec[] = [];
  const byBase = new Map<string, { base: string; members: JobClassSpec[] }>();
  read.forEach(({ spec, series: label }, i) => {
    const anchor = anchors[i];
    const base = anchor.series?.title ?? label ?? LEVEL.exec(spec.title)?.[1];
    if (!base) return;
    const key = normalizeTitle(base);
    const entry = byBase.get(key) ?? { base, members: [] };
    entry.members.push(spec);
    byBase.set(key, entry);
  });
  const labelled = new Set(read.map((r) => r.series && normalizeTitle(r.series)).filter(Boolean));
  for (const [key, { base, members }] of byBase) {
    if (members.length < 2 && !labelled.has(key)) continue;
    const rank = (c: JobClassSpec) => {
      const numeral = LEVEL.exec(c.title)?.[2];
      return numeral && LEVEL_NUMERAL.test(numeral) ? level(numeral) : Number.MAX_SAFE_INTEGER;
    };
    const seriesKey = slugify(base) || key;
    members.sort((a, b) => rank(a) - rank(b)).forEach((c, i) => {
      c.seriesKey = seriesKey;
      c.level = i + 1;
    });
    const spans = members.map((m) => m.span);
    series.push({ key: seriesKey, title: base, span: { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) } });
  }
  return series;
}

/**
 * Classes a posting lists each with its own lines, then sections for all (see ClassAnchor.sharedTail): the
 * competencies the last class's body reads from its first heading on are every listed class's.
 */
function shareTail(anchors: ClassAnchor[], segmentBodies: LaidLine[][], classes: JobClassSpec[]): void {
  const listed = anchors.map((a, i) => (a.sharedTail ? i : -1)).filter((i) => i >= 0);
  if (listed.length < 2) return;
  const last = listed[listed.length - 1];
  // The first section's heading, or a label leading into a section ("QUALIFICATIONS: This position requires ...:").
  const heading = segmentBodies[last].find((l) => l.kind === 'heading' || sectionLeadIn(l));
  if (!heading) return;
  const shared = classes[last].competencies.filter((c) => c.span.start >= heading.start);
  for (const i of listed.slice(0, -1)) {
    const own = classes[i].competencies;
    for (const c of shared) if (!own.some((k) => k.name.toLowerCase() === c.name.toLowerCase())) own.push({ ...c });
  }
}

/**
 * Levels told apart only in prose ("Clerk I - this is the entry level ... and incumbents may advance to the
 * higher-level class") anchor on their own line: the paragraph running on from it, up to the next class or
 * heading, is that level's, and states its moves.
 */
function readLevelParagraphMoves(text: string, lines: LaidLine[], anchors: ClassAnchor[], read: ClassRead[]): void {
  anchors.forEach((a, i) => {
    if (!a.row || !a.whole || a.evidence !== 'series-title' || anchors.some((o) => o !== a && o.line === a.line)) return;
    const next = Math.min(lines.length, ...anchors.filter((o) => o.line > a.line).map((o) => o.line));
    const own: LaidLine[] = [];
    for (let k = a.line; k < next; k++) {
      if (k > a.line && lines[k].kind === 'heading') break;
      if (lines[k].kind === 'paragraph' || lines[k].kind === 'label') own.push(lines[k]);
    }
    if (own.length) append(read[i].moves, readAdvancement(text, { start: own[0].start, end: own[own.length - 1].end }));
  });
}

/**
 * A family's knowledge and abilities written per level under one heading ("Level I:" then its items, "Level II:" ...),
 * in whichever class's body the heading fell: each level's items are the items of the one class at that level.
 */
function assignLevelSections(read: ClassRead[], classes: JobClassSpec[]): void {
  read.forEach((r, i) => {
    for (const section of r.levelSections ?? []) {
      const owners = classes.filter((c) => levelRank(c.title) === section.level);
      if (owners.length !== 1) continue;
      const [owner] = owners;
      if (owner === classes[i]) continue;
      const inside = (k: CompetencyRequirement) => k.span.start >= section.start && k.span.end <= section.end;
      const moved = classes[i].competencies.filter(inside);
      classes[i].competencies = classes[i].competencies.filter((k) => !inside(k));
      for (const k of moved) if (!owner.competencies.some((o) => o.name.toLowerCase() === k.name.toLowerCase())) owner.competencies.push(k);
    }
  });
}

export function readGeneric(ctx: ParseContext): NormalizedDocumentInput {
  const { text } = ctx;
  const lines = layoutLines(text, ctx.hints ?? []);
  const warnings: string[] = [];
  const segmentation = segmentClasses(lines, text);
  const { reason } = segmentation;
  // A row on the last line of a text that stops without a line break was cut off mid-way (an excerpt, a
  // truncated download): its title may be incomplete, so it is not taken.
  const lastLine = lines[lines.length - 1];
  const cut = !text.endsWith('\n') && lastLine ? lastLine.index : -1;
  const lastOnCut = segmentation.anchors.filter((a) => a.row && a.line === cut && !a.whole).pop();
  const anchors = segmentation.anchors.filter((a) => a !== lastOnCut);
  if (reason) warnings.push(reason);
  respellSeriesFromBody(text, anchors);
  respellTitleFromBody(text, anchors);
  const segmentBodies = bodies(lines, anchors);
  const read = segmentBodies.map((body, i) => {
    const anchor = anchors[i];
    const r = readClassFields(text, anchor, body, warnings);
    if (anchor.series) {
      const facts = levelFacts(body, anchor);
      r.spec.code = facts.code ?? (anchors.filter((a) => a.line === anchor.line).length > 1 ? anchor.code : r.spec.code);
      // Levels sharing one title line take the grade the segmenter found for each elsewhere in the document (a
      // table row, a line opening with the level's title); failing that, the one grade of their shared text
      // ("TITLE: Park Maintenance Tech I/II/III" then "GRADE: 17"), as the posting grades them all.
      r.spec.payGrade = facts.grade ?? (anchors.filter((a) => a.line === anchor.line).length > 1 ? anchor.grade ?? r.spec.payGrade : r.spec.payGrade);
    }
    return r;
  });
  const classes = read.map((r) => r.spec);
  readLevelParagraphMoves(text, lines, anchors, read);
  shareTail(anchors, segmentBodies, classes);
  assignLevelSections(read, classes);
  // A level's title standing in a list ("Knowledge of:" then "Housing Specialist I" then its items) heads the
  // items; it is not a competency.
  const titleKeys = new Set(classes.map((c) => normalizeTitle(c.title)));
  for (const c of classes) c.competencies = c.competencies.filter((k) => !titleKeys.has(normalizeTitle(k.name)));
  // A document that specifies one class may state its code or grade above the title ("Pay Grade 9" then "Job
  // Title: ..."; "1B58" then the title) or only in a sentence ("... is Range 33 of the salary schedule").
  const own = anchors.filter((a) => !a.row);
  if (anchors.length === 1 && own.length === 1) {
    const [spec] = classes;
    const above = lines.slice(0, own[0].line);
    readLabelLines(text, above, spec);
    const last = above.filter((l) => l.kind !== 'blank' && l.kind !== 'furniture').pop();
    if (last && BARE_CODE.test(last.folded.trim())) spec.code ??= last.folded.trim();
    readProseGrade(above.concat(segmentBodies[0]), spec);
  }
  // Items on the cut-off last line of a truncated text are incomplete ("Read, understand, and interpret written informatio").
  if (cut >= 0) {
    const cutAt = lines[cut].start;
    // Only the item that runs to the cut is incomplete: items split from the same line before it are whole.
    const cutEnd = text.trimEnd().length;
    // A text cut just after a full stop ends on a whole sentence: its last item is complete.
    const closed = /[a-z)'’]\.$/.test(text.trimEnd());
    for (const c of classes) {
      c.competencies = c.competencies.filter((k) => k.span.end <= cutAt || k.span.end < cutEnd - 1 || (closed && k.span.end >= cutEnd - 1));
      c.duties = c.duties.filter((d) => d.span.end <= cutAt);
    }
  }
  // In a body several levels share, a statement led by one level's title ("Records Clerk II: one year of ...")
  // belongs to that level only.
  // Compared by prefix rather than a regex built per class and statement.
  const ledBy = (statement: string) => {
    const lower = statement.toLowerCase();
    const direct = classes.find((c) => lower.startsWith(c.title.toLowerCase()) && /^\s*[:\u2013\u2014-]/.test(statement.slice(c.title.length)));
    if (direct) return direct;
    // "WWTP Operator I: This is ...": a level's abbreviated title leads the statement.
    const lead = /^([A-Z]{2,6} [^:\u2013\u2014]{2,60}?)\s*:/.exec(statement)?.[1];
    const full = lead ? spelledOut(lead, classes.map((c) => c.title)) : undefined;
    return full ? classes.find((c) => c.title === full) : undefined;
  };
  // A clause naming one of the document's classes in another spelling ("Weights and Measure Inspector I") names that class.
  for (const p of classes.flatMap((c) => c.promotionRequirements)) {
    if (classes.some((o) => o.title === p.from.title)) continue;
    const twins = classes.filter((o) => sameTitleLoosely(o.title, p.from.title));
    if (twins.length === 1) p.from = { ...p.from, title: twins[0].title, code: p.from.code ?? twins[0].code };
  }
  for (const c of classes) {
    const mine = (statement: string) => {
      const owner = ledBy(statement);
      return !owner || owner === c;
    };
    c.promotionRequirements = c.promotionRequirements.filter((p) => mine(p.statement) && normalizeTitle(p.from.title) !== normalizeTitle(c.title));
    c.distinctions = c.distinctions.filter((d) => mine(d.statement));
  }
  // "filled as an Accountant 1 (AS-614), Accountant 2 (AS-615) ...": a class's code in parentheses after its title
  // in the document's prose, for a class that has none.
  // Bounded (a search of the text per class): a long plan list gives its codes in its rows anyway.
  const folded = text.length <= 200000 && classes.length <= 40 ? text.toLowerCase() : '';
  for (const c of classes) {
    if (c.code || !folded) continue;
    const title = c.title.toLowerCase();
    for (let at = folded.indexOf(`${title} (`); at >= 0 && !c.code; at = folded.indexOf(`${title} (`, at + 1)) {
      if (/[a-z0-9]/.test(folded[at - 1] ?? '')) continue;
      const m = /^\(\s*([a-z]{0,4}-?\d{3,6}[a-z]?)\s*\)/.exec(folded.slice(at + title.length + 1, at + title.length + 20));
      if (m) c.code = text.slice(at + title.length + 1, at + title.length + 20).slice(m[0].indexOf(m[1]), m[0].indexOf(m[1]) + m[1].length);
    }
  }
  // A table whose header row ends with the grade column ("Job Title  Exempt / Non-exempt  Personnel Program  Grade")
  // and whose rows were flattened to a title line, label lines and a line of short values ("E MSP 27"): the last
  // value of that line is the grade.
  const gradeLast = lines.some((l) => l.folded.length <= 90 && /\btitle\b/i.test(l.folded) && /\s(?:grade|range)$/i.test(l.folded.trim()) && l.folded.trim().split(' ').length >= 3);
  if (gradeLast) {
    anchors.forEach((a, i) => {
      const c = classes[i];
      if (a.row || c.payGrade || c.payBand) return;
      const values = segmentBodies[i].slice(1).find((l) => /^(?:[A-Z]{1,4}\s){1,3}\d{1,3}$/.test(l.folded.trim()));
      if (values) c.payGrade = values.folded.trim().split(' ').pop();
    });
  }
  // A ladder written with arrows: each step leads to the next.
  anchors.forEach((a, i) => {
    if (a.next) classes[i].advancement.push({ to: { title: a.next }, statement: lines[a.line].clean, span: { start: lines[a.line].start, end: lines[a.line].end } });
  });
  // "... approved the following promotional track ladder:" and then the classes, one after another: each step
  // leads to the next one listed.
  const announced = lines.find((l) => l.folded.length <= 400 && LADDER_ANNOUNCED.test(l.folded));
  if (announced) {
    const steps = anchors.map((a, i) => ({ a, c: classes[i] })).filter(({ a }) => a.line > announced.index);
    steps.forEach(({ a, c }, k) => {
      const next = steps[k + 1];
      if (!next || next.a.line === a.line || c.advancement.some((x) => x.to?.title === next.c.title)) return;
      c.advancement.push({ to: { title: next.c.title }, statement: announced.clean, span: { start: announced.start, end: announced.end } });
    });
  }
  // Implied promotions: the mover is the class a sentence names as its subject, else the class being read; an
  // "advancement from X" moves X into the class being read. A move names two different classes, or none.
  const byTitle = (title: string) => classes.find((c) => normalizeTitle(c.title) === normalizeTitle(title));
  // A short reference to one of this document's classes ("the Maintenance Worker II" for "Public Works
  // Maintenance Worker II") is that class, when exactly one class title ends with it; so is a title without the
  // unit after its dash ("Utility Worker II" for "Utility Worker II - Public Works"). A class is never told apart
  // from itself: "Line Technician" in the Apprentice Line Technician's own text is the journey class above it.
  const ownTitle = (title: string, self?: JobClassSpec) => {
    const key = normalizeTitle(title);
    const exact = byTitle(title);
    if (exact) return exact.title;
    const units = classes.filter((c) => /\s[-–—]\s/.test(c.title) && normalizeTitle(c.title.split(/\s[-–—]\s/)[0]) === key);
    if (units.length === 1) return units[0].title;
    const ends = classes.filter((c) => normalizeTitle(c.title).endsWith(`-${key}`) && c !== self);
    return ends.length === 1 ? ends[0].title : spelledOut(title, classes.map((c) => c.title)) ?? title;
  };
  for (const c of classes) {
    const kept: typeof c.distinctions = [];
    for (const d of c.distinctions) {
      const title = ownTitle(d.other.title, c);
      if (normalizeTitle(title) === normalizeTitle(c.title) || kept.some((k) => normalizeTitle(k.other.title) === normalizeTitle(title))) continue;
      kept.push(title === d.other.title ? d : { ...d, other: { title } });
    }
    c.distinctions = kept;
  }
  // The series first: a move to the next level follows the levels as the document lists them.
  const series = assembleSeries(read, anchors);
  // "Advancement to the Clerk II level is based on ..." read in the Clerk II's own text: the mover is the level
  // just below it in the same series.
  // The class at `rank` in the series of `c` (its title without the level numeral).
  const rankOf = (title: string) => {
    const m = LEVEL.exec(title);
    return m && LEVEL_NUMERAL.test(m[2]) ? { base: normalizeTitle(m[1]), rank: level(m[2]) } : undefined;
  };
  const inSeries = (base: string | undefined, rank: number) => classes.filter((o) => {
    const r = rankOf(o.title);
    return r && r.rank === rank && (base === undefined || r.base === base);
  });
  const step = (c: JobClassSpec, by: number) => {
    // The levels of a series the document named ("Street Worker I or II - Public Works"), whatever their titles end with.
    const listed = c.seriesKey && c.level ? classes.find((o) => o.seriesKey === c.seriesKey && o.level === c.level! + by) : undefined;
    const r = rankOf(c.title);
    return listed ?? (r ? inSeries(r.base, r.rank + by)[0] : undefined);
  };
  const levelBelow = (c: JobClassSpec) => step(c, -1);
  const levelAbove = (c: JobClassSpec) => step(c, 1);
  // "to the II level": the class at that level in this class's series, else the one class at that level.
  const atLevel = (c: JobClassSpec, numeral: string) => {
    const own = rankOf(c.title);
    const any = inSeries(undefined, level(numeral));
    return (own ? inSeries(own.base, level(numeral))[0] : undefined) ?? (any.length === 1 ? any[0] : undefined);
  };
  read.forEach(({ spec, moves }) => {
    for (const move of moves) {
      // "progression to the higher level": the next level of this class's series in the document, if there is one.
      const above = move.to?.title === NEXT_LEVEL ? levelAbove(spec) : undefined;
      if (move.to?.title === NEXT_LEVEL && !above) continue;
      // "to the II level" (from the level below it, unless "from the I" says which).
      const byNumeral = (ref?: { title: string }) => (ref?.title.startsWith(AT_LEVEL) ? atLevel(spec, ref.title.slice(AT_LEVEL.length)) : undefined);
      const [numeralFrom, numeralTo] = [byNumeral(move.from), byNumeral(move.to)];
      if ((move.from?.title.startsWith(AT_LEVEL) && !numeralFrom) || (move.to?.title.startsWith(AT_LEVEL) && !numeralTo)) continue;
      const moverBelow = numeralTo && !move.from ? levelBelow(numeralTo) : undefined;
      if (numeralTo && !move.from && !moverBelow) continue;
      const m = above
        ? { ...move, to: { title: above.title } }
        : numeralTo
          ? { ...move, from: { title: (numeralFrom ?? moverBelow)!.title }, to: { title: numeralTo.title } }
          : move;
      const to = m.to ? { ...m.to, title: ownTitle(m.to.title) } : { title: spec.title, code: spec.code };
      const from = m.from ? byTitle(ownTitle(m.from.title)) : normalizeTitle(to.title) === normalizeTitle(spec.title) ? levelBelow(spec) : spec;
      // A class of another document moves into one of ours: the edge is kept on ours, from the other.
      const into = byTitle(to.title);
      if (!from && m.from && into && normalizeTitle(m.from.title) !== normalizeTitle(into.title)) {
        if (!into.advancement.some((a) => a.from && normalizeTitle(a.from.title) === normalizeTitle(m.from!.title))) into.advancement.push({ from: { title: ownTitle(m.from.title) }, statement: m.statement, span: m.span });
        continue;
      }
      if (!from || normalizeTitle(from.title) === normalizeTitle(to.title)) continue;
      // In a text several levels share, a move down the series ("promoted to X I" read for X II) is not a promotion.
      const [a, b] = [LEVEL.exec(from.title), LEVEL.exec(to.title)];
      if (a && b && normalizeTitle(a[1]) === normalizeTitle(b[1]) && LEVEL_NUMERAL.test(a[2]) && LEVEL_NUMERAL.test(b[2]) && level(b[2]) <= level(a[2])) continue;
      if (from.advancement.some((a) => a.to && normalizeTitle(a.to.title) === normalizeTitle(to.title))) continue;
      from.advancement.push({ to: to.code ? { title: to.title, code: to.code } : { title: to.title }, statement: m.statement, span: m.span });
    }
  });
  const seen = new Set<string>();
  const unique = warnings.filter((w) => (seen.has(w) ? false : (seen.add(w), true)));
  return {
    source: { key: ctx.key, fileName: ctx.fileName, sha256: ctx.sha256, format: 'generic', url: ctx.url, text },
    jurisdiction: ctx.jurisdiction,
    agency: ctx.agency,
    jobFamily: read.find((r) => r.family)?.family,
    series,
    classes,
    warnings: unique,
  };
}

export const genericParser: DocumentParser = {
  format: 'generic',

  detect(text) {
    const lines = layoutLines(text);
    const known = new Set(lines.filter((l) => l.kind === 'heading').map((l) => sectionKind(l.folded)).filter((k) => k !== 'other'));
    return Math.min(0.4, known.size / 10);
  },

  parse: readGeneric,
};
