import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readAliasTable } from '../../src/ingest/competency-aliases';

describe('competency alias table', () => {
  it('is valid and links the names the seeds use for one thing', () => {
    const table = readAliasTable();
    const oral = table.groups.find((g) => g.canonical === 'Oral Communication')!;
    expect(oral.members).toEqual(expect.arrayContaining(['Verbal Communication', 'Oral Communication', 'Effectively communicating']));
    expect(oral.category?.taxonomy).toBe('O*NET');
  });

  it('refuses a name listed under two canonical competencies', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'alias-')), 'aliases.json');
    fs.writeFileSync(file, JSON.stringify({ version: 1, updated: 'x', groups: [
      { canonical: 'A', category: null, members: ['Same Thing'] },
      { canonical: 'B', category: null, members: ['same thing.'] },
    ] }));
    expect(() => readAliasTable(file)).toThrow(/"same thing\." is in both "A" and "B"/);
  });
});
