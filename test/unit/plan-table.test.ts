/** Plan tables without a database: header synonyms in any order, rows to classes and positions, clear refusals. */
import { parsePlanTable } from '../../src/ingest/plan-table';
import { resolveColumns } from '../../src/ingest/plan-table/columns';

const manifest = (file: string) => ({ file, jurisdiction: { id: 'unit-city', name: 'Unit City', kind: 'CITY' as const } });
const parse = (name: string, text: string) => parsePlanTable({ fileName: name, bytes: Buffer.from(text), manifest: manifest(name) });

describe('plan table columns', () => {
  it.each([
    [['Class Code', 'Class Title', 'Pay Grade'], ['code', 'title', 'payGrade']],
    [['Job Code', 'TITLE', 'Salary Grade', 'Series', 'Job Family'], ['code', 'title', 'payGrade', 'series', 'family']],
    [['Range', 'Class No.', 'Pay Band', 'Occupational Group', 'Title'], ['payGrade', 'code', 'payBand', 'family', 'title']],
    [['class_title', 'grade'], ['title', 'payGrade']],
  ])('maps %j', (header, expected) => {
    const resolved = resolveColumns(header, 't.csv');
    expect(resolved.kind).toBe('CLASSES');
    expect([...resolved.classColumns.values()]).toEqual(expected);
  });

  it('recognizes a position table by its position number column', () => {
    const resolved = resolveColumns(['PCN', 'Title', 'Job Code', 'Department'], 'p.csv');
    expect(resolved.kind).toBe('POSITIONS');
    expect([...resolved.positionColumns.values()]).toEqual(['positionNumber', 'workingTitle', 'classCode', 'agency']);
  });

  it('refuses unknown, duplicated and missing columns naming the file and the columns seen', () => {
    expect(() => resolveColumns(['Class Title', 'Min Salary'], 'plan.csv')).toThrow(/^plan\.csv: unknown column "Min Salary" \(columns seen: "Class Title", "Min Salary"\)/);
    expect(() => resolveColumns(['Title', 'Class Title'], 'plan.csv')).toThrow(/^plan\.csv: more than one column for "Class Title" \(title\)/);
    expect(() => resolveColumns(['Grade'], 'plan.csv')).toThrow(/^plan\.csv: no class title or class code column \(columns seen: "Grade"\)/);
    expect(() => resolveColumns(['Position Number', 'Working Title'], 'pos.csv')).toThrow(/^pos\.csv: a position table needs a class code or class title column/);
  });
});

describe('plan table documents', () => {
  it('turns rows into listed classes with series levels in table order, each citing its row', async () => {
    const { document, warnings } = await parse('plan.csv', 'Series;Class Title;Class Code;Grade;FLSA\n6272S;Analyst 1;62721S;10;Exempt\n6272S;Analyst 2;62722S;12;Exempt\n;Clerk;;3;N\n;Clerk;;4;\n');
    expect(document.source.format).toBe('plan-table');
    expect(document.classes.map((c) => [c.code, c.title, c.payGrade, c.seriesKey, c.level, c.flsaStatus])).toEqual([
      ['62721S', 'Analyst 1', '10', '6272S', 1, 'EXEMPT'],
      ['62722S', 'Analyst 2', '12', '6272S', 2, 'EXEMPT'],
      [undefined, 'Clerk', '3', undefined, undefined, 'NON_EXEMPT'],
    ]);
    expect(document.series).toEqual([expect.objectContaining({ key: '6272S', code: '6272S', title: '6272S' })]);
    const c = document.classes[1];
    expect(document.source.text.slice(c.span.start, c.span.end)).toBe('6272S\tAnalyst 2\t62722S\t12\tExempt');
    expect(warnings).toEqual(['plan.csv row 5: repeats row 4 (clerk); skipped']);
  });

  it('reads a position table', async () => {
    const { document } = await parse('positions.tsv', 'Position No\tWorking Title\tClass Code\tClass Title\tAgency\n31000\tHelp desk\t151415\tComputer Support Specialist\tSecretary of State\n');
    expect(document.positions).toEqual([
      expect.objectContaining({ number: '31000', workingTitle: 'Help desk', jobClass: { code: '151415', title: 'Computer Support Specialist' }, agency: 'Secretary of State' }),
    ]);
    expect(document.classes).toEqual([]);
  });

  it('needs a jurisdiction, and refuses empty tables', async () => {
    await expect(parsePlanTable({ fileName: 'x.csv', bytes: Buffer.from('Title\nClerk\n') })).rejects.toThrow(/^x\.csv: a plan table does not say whose plan it is/);
    await expect(parse('x.csv', 'Title\n')).rejects.toThrow(/^x\.csv: the table has a header row but no data rows/);
  });
});
