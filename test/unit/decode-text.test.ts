import { decodeDocument, DocumentReadError, MAX_DOCUMENT_BYTES } from '../../src/ingest/read/decode-text';

describe('decoding documents', () => {
  it('refuses empty, blank, binary and oversized files with a message naming the file', () => {
    expect(() => decodeDocument(Buffer.alloc(0), 'a.txt')).toThrow(/a.txt: the file is empty/);
    expect(() => decodeDocument(Buffer.from('  \n\t '), 'b.txt')).toThrow(/no text/);
    expect(() => decodeDocument(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]), 'c.pdf')).toThrow(/binary/);
    expect(() => decodeDocument(Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 0x61), 'd.txt')).toThrow(DocumentReadError);
    expect(() => decodeDocument(Buffer.alloc(10 * 1024 * 1024, 0x61), 'e.txt')).toThrow(/10.0 MB; a classification document is at most 1 MB/);
  });

  it('reads UTF-16 and Windows-1252 with a warning, and normalizes line ends', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Clerk II\r\nDuties', 'utf16le')]);
    expect(decodeDocument(utf16, 'u.txt')).toMatchObject({ text: 'Clerk II\nDuties', encoding: 'utf-16le' });
    const latin = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x53, 0x74, 0x61, 0x66, 0x66]);
    const decoded = decodeDocument(latin, 'l.txt');
    expect(decoded.text).toBe('Café – Staff');
    expect(decoded.warnings[0]).toMatch(/Windows-1252/);
  });
});
