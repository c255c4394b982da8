/** Which page of a paginated original an offset of its stored text falls on. */
export interface PagedDocument {
  pageNumbers?: number[] | null;
  pageStarts?: number[] | null;
}

/** The page holding `offset`, or null when the original has no pages (text, web page, Word). */
export function pageAt(doc: PagedDocument | null | undefined, offset: number): number | null {
  const starts = doc?.pageStarts;
  const numbers = doc?.pageNumbers;
  if (!starts?.length || !numbers?.length) return null;
  let page: number | null = null;
  for (let i = 0; i < starts.length && starts[i] <= offset; i++) page = numbers[i];
  return page ?? numbers[0];
}
