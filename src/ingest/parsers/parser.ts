/**
 * The contract every format parser fulfils. A parser reads raw text and returns a normalized document (before
 * validation); spans always index into `ctx.text` exactly as given, so provenance passages can be cut from it.
 */
import type { NormalizedDocumentInput, SourceFormat, JurisdictionSpec } from '../../model/specification';
import type { LineHint, PageMark } from '../read/source-text';

/** What the ingestion pipeline knows about a document before parsing it (file facts plus manifest metadata). */
export interface ParseContext {
  text: string;
  fileName: string;
  sha256: string;
  /** Stable identity across revisions. */
  key: string;
  jurisdiction: JurisdictionSpec;
  agency?: { name: string };
  url?: string;
  /** What the original's structure said about lines of `text` (headings, list items, table rows, labels); none for plain text. */
  hints?: LineHint[];
  /** Where each page of a paginated original (PDF) begins and ends in `text`. */
  pages?: PageMark[];
}

export interface DocumentParser {
  readonly format: SourceFormat;
  /** 0 (not this format) to 1 (certainly this format). The pipeline picks the highest; `generic` is the fallback. */
  detect(text: string): number;
  parse(ctx: ParseContext): NormalizedDocumentInput;
}
