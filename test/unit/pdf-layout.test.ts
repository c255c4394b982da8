/** The PDF layout rules on placed text items, without a PDF: cells on column starts, furniture, paragraphs. */
import { layoutPages, type PageItems, type PlacedText } from '../../src/ingest/read/pdf-layout';

const item = (text: string, x: number, y: number, size = 10): PlacedText => ({ text, x, y, width: text.length * size * 0.5, size });

function page(items: PlacedText[], n: number): PageItems {
  return { width: 612, height: 792, items: [item(`Ashford County classification plan`, 72, 40, 8), ...items, item(`Page ${n} of 2`, 72, 760, 8)] };
}

describe('pdf layout', () => {
  it('keeps an empty cell in its column, drops repeated headers and page numbers, and marks the pages', () => {
    const table = [
      [item('Code', 72, 100), item('Title', 150, 100), item('Grade', 400, 100)],
      [item('7101', 72, 114), item('Clerk I', 150, 114), item('8', 400, 114)],
      [item('7102', 72, 128), item('12', 400, 128)],
    ].flat();
    const prose = [item('Clerks file and copy records under close supervision and', 72, 100), item('refer questions to a lead worker.', 72, 114), item('A new paragraph after a gap.', 72, 150)];
    const layout = layoutPages([page(table, 1), page(prose, 2)]);
    expect(layout.text).toBe('Code\tTitle\tGrade\n7101\tClerk I\t8\n7102\t\t12\n\nClerks file and copy records under close supervision and refer questions to a lead worker.\n\nA new paragraph after a gap.\n');
    expect(layout.furniture).toEqual(['Ashford County classification plan', 'Page 1 of 2', 'Ashford County classification plan', 'Page 2 of 2']);
    expect(layout.pages).toEqual([
      { page: 1, start: 0, end: 42 },
      { page: 2, start: 42, end: layout.text.length },
    ]);
    expect(layout.text.slice(layout.pages[1].start)).toMatch(/^Clerks file/);
    expect(layout.hints.map((h) => h.kind)).toEqual(['table-row', 'table-row', 'table-row', 'paragraph', 'paragraph']);
  });
});
