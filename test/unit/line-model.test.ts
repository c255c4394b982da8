/**
 * The line model's parts on text we wrote: the labelling rule (a line carrying a class title versus prose that
 * mentions one), the features, a deterministic logistic regression, and the review of the rules' anchors.
 */
import { layoutLines } from '../../src/ingest/layout/layout-lines';
import { segmentClasses } from '../../src/ingest/segment/segment-classes';
import { headNoun, headVocabulary, lineFeatures, vocabularyFeatures, vocabularyInputs } from '../../src/ingest/line-model/line-features';
import { labelLines, lineTitleReadings } from '../../src/ingest/line-model/line-titles';
import { predict, train, type Sample } from '../../src/ingest/line-model/logistic';
import { reviewAnchors, scoreLines, titlesOfLine, type LineModel } from '../../src/ingest/line-model/review-anchors';
import { reviewSegmentation } from '../../src/ingest/line-model';
import committed from '../../src/ingest/line-model/line-model.json';

const laid = (text: string) => layoutLines(text);
const one = (text: string) => laid(text)[0];

describe('labelling lines from a reading', () => {
  const text = [
    'Harbor Survey Technician II',
    'Job Title: Harbor Survey Technician II',
    '4471\tHarbor Survey Technician II\t31',
    'HARBOR SURVEY TECHNICIAN II (4471)',
    'Harbor Survey Technician I, II, III',
    '4471 - Harbor Survey Technician II, Grade 31',
    'The Harbor Survey Technician II measures channel depths and keeps the charts current.',
    'Harbor Survey Technician II performs field work under general supervision.',
    'Duties',
  ].join('\n');

  it('marks title lines, label values, table rows, coded titles and series titles, and not prose that mentions the class', () => {
    expect(labelLines(laid(text), ['Harbor Survey Technician II'])).toEqual([true, true, true, true, true, true, false, false, false]);
  });

  it('compares titles without case, spacing, dashes or a trailing remark', () => {
    expect(labelLines(laid('Dredge-Crew  Lead (Night Shift)'), ['dredge crew lead'])).toEqual([true]);
    expect(labelLines(laid('Dredge Crew Lead'), ['Dredge Crew Supervisor'])).toEqual([false]);
  });

  it('reads every level of a combined series title and each step of a career ladder', () => {
    expect(lineTitleReadings(one('Tide Gauge Reader I/II'))).toEqual(expect.arrayContaining(['Tide Gauge Reader I', 'Tide Gauge Reader II']));
    expect(lineTitleReadings(one('Buoy Tender 1 (B11) → Buoy Tender 2 (B12)'))).toEqual(expect.arrayContaining(['Buoy Tender 1', 'Buoy Tender 2']));
  });
});

describe('line features', () => {
  it('learns head nouns from titles: plural and level dropped', () => {
    expect(headNoun('Harbor Survey Technicians II')).toBe('technician');
    expect(headVocabulary(['Buoy Tender 2', 'Lock Keeper', 'Buoy Tender 1'])).toEqual(['keeper', 'tender']);
  });

  it('names the layout kind, the rules decision, the shape and the neighbours', () => {
    const lines = laid(['Lock Keeper II (5120)', 'Definition', 'Opens and closes the canal locks for passing boats.'].join('\n'));
    const { anchors } = segmentClasses(lines);
    expect(anchors.map((a) => a.line)).toEqual([0]);
    const [title, heading] = lineFeatures(lines, anchors, new Set(['keeper']));
    expect(title).toEqual(expect.arrayContaining(['bias', 'rule:anchor', 'codeInParens', 'belowSection', 'vocab:head', 'firstLines']));
    expect(heading).toEqual(expect.arrayContaining(['kind=heading', 'section=concept', 'nearAnchorAbove']));
    expect(heading).not.toContain('rule:anchor');
  });

  it('gives blank lines no features and a word of the vocabulary inside a line its own feature', () => {
    const lines = laid('Lock Keeper\n\nAssists the keeper on duty');
    expect(lineFeatures(lines, [], new Set())[1]).toEqual([]);
    expect(vocabularyFeatures(vocabularyInputs(lines[2]), new Set(['keeper']))).toEqual(['vocab:any']);
  });
});

describe('logistic regression', () => {
  const samples: Sample[] = [
    ...Array.from({ length: 20 }, (_, i) => ({ x: ['bias', 'titleish', i % 2 ? 'short' : 'long'], y: true })),
    ...Array.from({ length: 40 }, (_, i) => ({ x: ['bias', i % 3 ? 'short' : 'long'], y: false })),
  ];

  it('learns a feature that separates the classes', () => {
    const w = train(samples);
    expect(predict(w, ['bias', 'titleish', 'short'])).toBeGreaterThan(0.8);
    expect(predict(w, ['bias', 'short'])).toBeLessThan(0.2);
    expect(w.titleish).toBeGreaterThan(0);
  });

  it('is deterministic and ignores features it never saw', () => {
    expect(train(samples)).toEqual(train([...samples]));
    const w = train(samples);
    expect(predict(w, ['bias', 'short', 'unheard-of'])).toBe(predict(w, ['bias', 'short']));
  });

  it('refuses to train on one class only', () => {
    expect(() => train(samples.filter((s) => !s.y))).toThrow(/positive and negative samples/);
    expect(() => train([])).toThrow(/got 0 of 0/);
  });
});

describe('reviewing the rules anchors', () => {
  const text = ['Ferry Deckhand (7702)', 'Definition', 'Handles lines and assists passengers.', 'Canal Lock Operator', 'Opens the gates.', 'Lock Operator Weekly Bulletin'].join('\n');
  const lines = laid(text);
  const { anchors } = segmentClasses(lines);

  it('drops an anchor the model scores low and adds a line it scores high, naming its class from the line', () => {
    // Hand-set weights: a code in parentheses is evidence against, the head noun "operator" evidence for.
    const model: LineModel = { weights: { bias: -3, codeInParens: -5, 'vocab:head': 6, 'kind=heading': -1 }, vocabulary: ['operator'], dropBelow: 0.1, addAbove: 0.9 };
    expect(anchors.map((a) => a.title)).toEqual(['Ferry Deckhand']);
    const review = reviewAnchors(model, lines, anchors);
    expect(review.dropped.map((a) => a.title)).toEqual(['Ferry Deckhand']);
    expect(review.added.map((a) => [a.line, a.title])).toEqual([[3, 'Canal Lock Operator']]);
    expect(review.anchors.map((a) => a.title)).toEqual(['Canal Lock Operator']);
  });

  it('keeps the rules decision on a run-together line however it scores', () => {
    const long = laid(`Ferry Deckhand (7702) ${'handles lines and assists passengers on the crossing '.repeat(8)}`);
    const anchor = { line: 0, title: 'Ferry Deckhand', evidence: 'title-with-code' as const };
    const review = reviewAnchors({ weights: { bias: -10 }, vocabulary: [], dropBelow: 0.5, addAbove: 0.9 }, long, [anchor]);
    expect(review.anchors).toEqual([anchor]);
  });

  it('names the levels of a series title and prefers the shortest clear title reading', () => {
    expect(titlesOfLine(one('Tide Gauge Reader I/II')).map((t) => t.title)).toEqual(['Tide Gauge Reader I', 'Tide Gauge Reader II']);
    expect(titlesOfLine(one('Buoy Tender #4410')).map((t) => t.title)).toEqual(['Buoy Tender']);
  });
});

describe('the segmentation hook (not wired into the pipeline: see docs/line-model.md)', () => {
  const model: LineModel = { weights: { bias: -3, codeInParens: -5, 'vocab:head': 6 }, vocabulary: ['operator'], dropBelow: 0.1, addAbove: 0.9 };

  it('turns a refusal into a class when the model finds a title line the rules passed over', () => {
    const lines = laid('Canal Lock Operator\nOpens the gates at dawn.');
    const review = reviewSegmentation(lines, { anchors: [], reason: 'no title label was seen' }, model);
    expect(review).toEqual({ anchors: [expect.objectContaining({ line: 0, title: 'Canal Lock Operator' })] });
  });

  it('keeps the refusal reason and names the evidence it dropped', () => {
    const lines = laid('Ferry Deckhand (7702)\nHandles lines.');
    const { anchors } = segmentClasses(lines);
    const review = reviewSegmentation(lines, { anchors }, model);
    expect(review.anchors).toEqual([]);
    expect(review.reason).toBe('the line model scored the rules\' evidence too low (line 1 "Ferry Deckhand")');
  });

  it('the committed model scores lines with its own weights and vocabulary', () => {
    expect(committed.dropBelow).toBeGreaterThanOrEqual(0);
    expect(committed.addAbove).toBeGreaterThan(committed.dropBelow);
    expect(committed.vocabulary.length).toBeGreaterThan(20);
    const lines = laid('Lock Keeper II (5120)\nDefinition\nOpens and closes the canal locks for passing boats.');
    const [title, heading, prose] = scoreLines(committed, lines, segmentClasses(lines).anchors);
    expect(title).toBeGreaterThan(heading);
    expect(title).toBeGreaterThan(prose);
  });
});
