/** The one error a reader throws: its message names the file and says what is wrong with it. */
export class DocumentReadError extends Error {}

/** Largest original we accept (a PDF with scanned pages can be big, but not this big). */
export const MAX_ORIGINAL_BYTES = 50 * 1024 * 1024;

/**
 * Largest text we store for one document (what the parsers read and provenance passages are cut from), and its
 * most lines. Real specifications are 5-50 KB and a few hundred lines; a whole series or a small plan still fits,
 * and the worst hostile layout at this size parses well within the parse budget (issue 10). A larger plan is
 * split, or loaded as a plan table (CSV/XLSX, not bound by this).
 */
export const MAX_DOCUMENT_BYTES = 1024 * 1024;
export const MAX_DOCUMENT_LINES = 20_000;

export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
