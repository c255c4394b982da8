/**
 * The seam between format readers and extraction. Every reader (plain text, markdown, HTML, PDF, Word, ...) turns a
 * file into one `SourceText`: the text we store and cut provenance passages from, plus what the original's structure
 * said about its lines (a heading, a list item, a table row, a bold label, page furniture) and where pages begin.
 * Everything after this point works on the text and its hints and never looks at the file type again.
 */

/** What a reader knows about a line from the original's structure; plain text gives none and layout is inferred. */
export type LineKind = 'heading' | 'list-item' | 'table-row' | 'label' | 'paragraph' | 'furniture';

export interface LineHint {
  /** 0-based line index in `SourceText.text` (lines split at "\n"). */
  line: number;
  kind: LineKind;
  /** Heading level (1 = h1) when the original says. */
  level?: number;
}

/** A page of a paginated original: `[start, end)` offsets into `SourceText.text`. */
export interface PageMark {
  page: number;
  start: number;
  end: number;
}

export type MediaType =
  | 'text/plain'
  | 'text/markdown'
  | 'text/html'
  | 'application/pdf'
  | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
  | 'text/csv'
  | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface SourceText {
  /** What is stored and what every span indexes. Lines end with "\n"; table cells are separated by "\t". */
  text: string;
  mediaType: MediaType;
  /** sha256 of the original bytes (not of `text`), so a user can find the very file a fact came from. */
  originalSha256: string;
  hints: LineHint[];
  pages: PageMark[];
  warnings: string[];
}
