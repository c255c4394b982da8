import { competencyKey, jobClassKey, normalizeTitle, slugify } from '../../src/model/keys';
import { decodeCursor, encodeCursor } from '../../src/services/cursor';

describe('natural keys', () => {
  it('folds case, punctuation, "&" and trailing periods so one competency in two documents is one key', () => {
    expect(competencyKey('Verbal Communication:')).toBe(competencyKey('verbal  communication.'));
    expect(competencyKey('Planning & Evaluating')).toBe(competencyKey('Planning and Evaluating'));
    expect(competencyKey('Teamwork')).not.toBe(competencyKey('Team work'));
  });

  it('keys classes by code when there is one, else by normalized title', () => {
    expect(jobClassKey('state-of-ohio', { code: '62721s', title: 'x' })).toBe('state-of-ohio:62721S');
    expect(jobClassKey('jcc', { title: 'Business Systems Analyst' })).toBe('jcc:business-systems-analyst');
    expect(normalizeTitle("Associate’s Analyst")).toBe('associates-analyst');
    expect(slugify('Café  Déjà-vu!')).toBe('cafe-deja-vu');
  });
});

describe('cursors', () => {
  it('round-trip ids and reject what the API did not issue', () => {
    expect(decodeCursor(encodeCursor('state-of-ohio:62721S'))).toBe('state-of-ohio:62721S');
    expect(decodeCursor(null)).toBe('');
    expect(() => decodeCursor('garbage')).toThrow(/not a cursor/);
  });
});
