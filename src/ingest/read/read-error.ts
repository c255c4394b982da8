/** The one error a reader throws: its message names the file and says what is wrong with it. */
export class DocumentReadError extends Error {}

/** Largest original we accept (a PDF with scanned pages can be big, but not this big). */
export const MAX_ORIGINAL_BYTES = 50 * 1024 * 1024;

/** Largest text we store for one document (what the parsers read and provenance passages are cut from). */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
