/**
 * Inputs a review found to hang, crash or misread the parsers, and the exporters' escaping. Each hostile text is
 * hundreds of kilobytes: before the fixes each took from tens of seconds to minutes (or overflowed the stack);
 * the generous jest timeout only catches a hang, it is not a speed target (benchmarks are scripts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { parseDocument } from '../../src/ingest/pipeline';
import { genericParser } from '../../src/ingest/parsers';
import { montanaJobProfileParser } from '../../src/ingest/parsers/formats/montana-job-profile.parser';
import { readDistinctions } from '../../src/ingest/parsers/text/distinctions';
import { readQualificationParagraphs } from '../../src/ingest/parsers/text/qualifications';
import { titleFromCandidate } from '../../src/ingest/segment/title-candidates';
import { toGraphML } from '../../src/export/graphml';
import { nodesCsv } from '../../src/export/csv';
import type { Subgraph } from '../../src/model/subgraph';

const SEEDS = path.resolve(__dirname, '../../seeds');
const context = (text: string) => ({ text, fileName: 'x.txt', sha256: '0'.repeat(64), key: 'x', jurisdiction: { id: 'x', name: 'X', kind: 'OTHER' as const } });
const parse = (text: string) => parseDocument({ fileName: 'hostile.txt', bytes: Buffer.from(text) });

describe('hostile texts finish and never throw anything but a clear error', () => {
  it.each([
    ['dot leaders in a knowledge item', 'Class Title: Test Clerk\n\nKNOWLEDGE:\n- Knowledge of filing' + '.'.repeat(300_000) + 'x\n'],
    ['one line of parentheses', 'Class Title: Clerk\n\nDUTIES\n- File.\n' + '('.repeat(300_000) + '\n'],
    ['unclosed tags', 'Class Title: Clerk\n\nDUTIES\n- File.\n' + '<a '.repeat(100_000) + '\n'],
    ['many distinctions in one paragraph', 'Class Title: Clerk\n\nDISTINGUISHING CHARACTERISTICS:\n' + 'This class is distinguished from the Senior Clerk. '.repeat(6_000) + '\n'],
    ['many "and N years" clauses', "Class Title: Clerk\n\nMINIMUM QUALIFICATIONS\nA bachelor's degree " + 'and 2 years '.repeat(30_000) + '\n'],
    ['many Ohio table headers', 'CLASSIFICATION SPECIFICATION\tCLASSIFICATION SERIES Clerk\tSERIES NUMBER 1\nCLASS CONCEPT\nMAJOR WORKER CHARACTERISTICS\n' + 'JOB TITLE\tJOB CODE\nClerk 1\t1001\n'.repeat(20_000)],
    ['many level-numbered titles', 'Class Title: Clerk I\nDUTIES\n- File.\n'.repeat(20_000)],
    ['a list of 150,000 duties', 'Class Title: Clerk\n\nDUTIES\n' + '- Abcd\n'.repeat(150_000)],
  ])('%s', (_name, text) => {
    expect(Buffer.byteLength(text)).toBeGreaterThan(150_000);
    try {
      expect(parse(text).document.classes.length).toBeGreaterThan(0);
    } catch (error) {
      expect((error as Error).message).toMatch(/^hostile\.txt: /);
    }
  }, 30_000);
});

describe('misreads the review found', () => {
  const seed004 = fs.readFileSync(path.join(SEEDS, '004_3b103986cf1fec85.txt'), 'utf8');

  it('Montana: a space before the colon of "Position Number" still yields the position', () => {
    const doc = montanaJobProfileParser.parse(context(seed004.replace('Position Number: 66029', 'Position Number : 66029')));
    expect(doc.positions?.map((p) => p.number)).toEqual(['66029']);
  });

  it('Montana: a profile ending at a duty heading keeps that duty', () => {
    const cut = seed004.slice(0, seed004.indexOf('C. Other Duties 10%') + 'C. Other Duties 10%'.length);
    const doc = montanaJobProfileParser.parse(context(cut));
    expect(doc.classes![0].duties!.map((d) => [d.text, d.percentOfTime])).toContainEqual(['Other Duties', 10]);
  });

  it('Montana: a ticked Exempt box on the same line as an unticked Non-Exempt one reads EXEMPT', () => {
    const doc = montanaJobProfileParser.parse(context(seed004.replace('☐ FLSA Exempt\tX FLSA Non-Exempt', 'X FLSA Exempt   ☐ FLSA Non-Exempt')));
    expect(doc.classes![0].flsaStatus).toBe('EXEMPT');
  });

  it('an ", or" alternative inside one sentence gets its own option', () => {
    const text = "A master's degree in planning and four (4) years of planning experience, or a bachelor's degree and six (6) years of planning experience.";
    const { facts } = readQualificationParagraphs(text, [{ span: { start: 0, end: text.length } }]);
    expect(facts.map((f) => [f.option, f.educationLevel ?? f.months])).toEqual([[1, 'MASTER'], [1, 48], [2, 'BACHELOR'], [2, 72]]);
  });

  it('"the Planner II and Planner III classes" names two classes; a sentence may start with "Distinguished from"', () => {
    const text = 'This class is distinguished from the Planner II and Planner III classes in that it is entry level. Distinguished from the Planning Technician by its degree.';
    expect(readDistinctions(text, { start: 0, end: text.length }, 'Planner I').map((d) => d.other.title)).toEqual(['Planner II', 'Planner III', 'Planning Technician']);
  });

  it('"Knowledge of:" with a colon still reads the prose list', () => {
    const text = 'Class Title: Zoning Clerk\n\nKNOWLEDGE, SKILLS AND ABILITIES:\nKnowledge of: zoning law; land use.\n';
    expect(genericParser.parse(context(text)).classes![0].competencies!.map((k) => k.name)).toEqual(['Zoning law', 'Land use']);
  });
});

describe("what a review's probes misread in the fifty-fourth pass", () => {
  const classes = (text: string) => parse(text).document.classes;
  const titles = (text: string) => classes(text).map((c) => c.title);

  it('a promotion from a trainee is not taken for the trainer, a letter changed is another class', () => {
    const text = 'Class Title: Police Trainer\nMinimum Qualifications\nThree years of experience as a Police Officer and one year of experience as a Police Trainee.\n';
    expect(classes(text)[0].promotionRequirements.map((p) => p.from.title).sort()).toEqual(['Police Officer', 'Police Trainee']);
  });

  it.each([
    ['POLICE TRAINER I/II\nIncumbents will have completed the Police Trainee series of courses.\nMINIMUM QUALIFICATIONS\nA high school diploma.\n', ['Police Trainer I', 'Police Trainer II']],
    ['ENGINEERING TECHNICIAN I/II\nWork in the Engineering Technicians series ranges from drafting to field checks.\nMINIMUM QUALIFICATIONS\nA high school diploma.\n', ['Engineering Technician I', 'Engineering Technician II']],
  ])('a heading in capitals keeps its spelling against a different phrase in the body (%#)', (text, expected) => {
    expect(titles(text)).toEqual(expected);
  });

  it('supervised posts listed with dashes in one class\'s specification are not classes', () => {
    const text = 'CITY MANAGER\nClass Code: 1001\nPay Grade: 40\nSUPERVISION EXERCISED\nFINANCE DIRECTOR - Responsible for the budget and the city\'s accounts.\nPOLICE CHIEF - Responsible for the police department and its officers.\nPUBLIC WORKS DIRECTOR - Responsible for streets, parks and utilities.\n';
    expect(classes(text).map((c) => [c.title, c.code, c.payGrade])).toEqual([['City Manager', '1001', '40']]);
  });

  it('lines to sign on with dot leaders are not a contents list', () => {
    const text = 'Class Title: Accounting Technician\nDEFINITION\nKeeps the city\'s accounts.\nAPPROVALS\nDepartment Director ..........................\nHuman Resources Manager ..........................\nCity Administrator ..........................\n\nEffective July 1.\n';
    expect(titles(text)).toEqual(['Accounting Technician']);
  });

  it('a title ending in a plural after "of" with its status in parentheses is a title, not a group', () => {
    const text = 'Non-represented Classifications\n\nNurse Manager\nDirector of Nurses (Exempt)\nAssistant Director of Nurses (Exempt)\nStaff Nurse\nCharge Nurse\n';
    expect(titles(text)).toEqual(expect.arrayContaining(['Director of Nurses', 'Assistant Director of Nurses']));
  });

  it('title and grade pairs keep acronyms and level numerals', () => {
    const text = 'Titles and Grades\n\n1 Employees Association Titles & Pay Grades OFFICE/FINANCE PAY PAY FIELD & PLANT GRADE GRADE Account Clerk 1 12 HVAC Technician 23 Account Clerk 2 14 SCADA Technician 22 Records Clerk 9 Equipment Operator 1 15 Cashier I 8 Equipment Operator 2 17 Cashier II 10 Plant Mechanic 16 Storekeeper 12 Meter Reader 11\n';
    const rows = classes(text).map((c) => `${c.title}|${c.payGrade}`);
    expect(rows).toEqual(expect.arrayContaining(['Account Clerk 1|12', 'HVAC Technician|23', 'Account Clerk 2|14', 'SCADA Technician|22', 'Equipment Operator 1|15', 'Equipment Operator 2|17']));
  });

  it('the subject of a purpose sentence that assigns "this position" is its supervisor, not the class', () => {
    const text = 'PURPOSE\nThe Public Works Director assigns this position to inspect streets and sidewalks.\nESSENTIAL FUNCTIONS\n- Inspects streets.\n';
    expect(titles(text)).toEqual([]);
  });
});

describe("what a review's probes misread in the fifty-second and fifty-third passes", () => {
  const comps = (text: string) => parse(text).document.classes.flatMap((c) => c.competencies.map((k) => k.name));
  const titles = (text: string) => parse(text).document.classes.map((c) => c.title);

  it('a list after "must be able to:" under a known section (physical demands, conditions) is not abilities', () => {
    const text = 'Class Title: Street Worker\n\nPHYSICAL DEMANDS\nWhile doing this work, the employee must be able to:\n- Work outdoors in all weather\n- Run a compactor for long periods\n\nCONDITIONS OF EMPLOYMENT\nMust be able to:\n- Pass a pre-employment drug screen\n';
    expect(comps(text)).toEqual([]);
  });

  it("an examination's subjects stop where another numbered list begins", () => {
    const text = 'Class Title: Office Clerk\nSUBJECT OF EXAMINATION: The test will cover knowledge, skills, and/or abilities in such areas as:\n1. Clerical Aptitude\nThese questions test accuracy.\n2. Office Record Keeping\nThese questions test filing.\nApplicants must file by June 1. Attach the following:\nMore text about filing.\nAnd more.\n1. Birth Certificate Copy\n2. Residency Proof Documents\n';
    expect(comps(text)).toEqual(['Clerical Aptitude', 'Office Record Keeping']);
  });

  it.each([
    ['SUPERVISING CITY ENGINEER', 'SUPERVISING CITY ENGINEER'],
    ['Special County Attorney', 'Special County Attorney'],
    ['Registered City Engineer', 'Registered City Engineer'],
    ['Sr. County Engineer', 'Sr. County Engineer'],
    ['Traffic City Engineer', 'Traffic City Engineer'],
    ['Level III County Assessor', 'Level III County Assessor'],
    ['Krakow Township Clerk', 'Township Clerk'],
  ])('a place before a local office goes, a modifier of it stays: %s', (line, title) => {
    expect(titleFromCandidate(line)).toBe(title);
  });

  it('under "The Ideal Candidate" a paragraph of sentences, a licence or a conviction is no quality', () => {
    const text = 'Class Title: Youth Worker\n\nTHE IDEAL CANDIDATE\nThe ideal candidate will be a self-starter who enjoys children. We offer a pension. Salary depends on experience.\n\nThe Ideal Candidate:\nHas not been convicted of a felony.\nPossesses a valid driver\'s license.\nHas a calm manner with children.\n';
    expect(comps(text)).toEqual(['A calm manner with children']);
  });

  it('"X Duties" gives way only to a title line of the same job; one level\'s name gives way to a title below it', () => {
    expect(titles('Library Assistant Duties\nReference Librarian\nDuties\n- Shelves books.\n')).not.toContain('Reference Librarian');
    expect(titles('Grade 12\nGrade 12 positions in this series are exempt from overtime.\nSENIOR ACCOUNTANT\nDuties\n- Reconciles accounts.\n')).toEqual(['Senior Accountant']);
  });
});

describe('export escaping', () => {
  const graph: Subgraph = {
    nodes: [{ id: 'x:1', type: 'JobClass', label: 'Line one\nline two\r\tend', properties: { title: 'a "quoted", <b> & more\nsecond line' } }],
    edges: [],
    truncated: false,
  };

  it('CSV quotes a value holding a bare LF or CR, and it reads back unchanged', () => {
    const rows = parseCsv(nodesCsv(graph), { columns: true });
    expect(rows).toEqual([{ id: 'x:1', type: 'JobClass', label: 'Line one\nline two\r\tend', title: 'a "quoted", <b> & more\nsecond line' }]);
  });

  it('GraphML keeps line breaks and tabs, even in attribute-borne values', () => {
    const xml = toGraphML(graph);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true }).parse(xml);
    const data = [doc.graphml.graph.node.data].flat() as { key: string; '#text': string }[];
    expect(data.map((d) => d['#text'])).toEqual(expect.arrayContaining(['Line one\nline two\r\tend', 'a "quoted", <b> & more\nsecond line']));
  });
});
