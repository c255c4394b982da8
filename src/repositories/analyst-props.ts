/**
 * Provenance properties every document-asserted relationship carries: `provenance` is DOCUMENT for what the
 * document says, ANALYST (with who, why and which correction) for what an analyst's correction added or changed.
 */
import type { AnalystNote } from '../model/specification';

export function analystProps(note: AnalystNote | undefined) {
  return {
    provenance: note ? 'ANALYST' : 'DOCUMENT',
    correctedBy: note?.by ?? null,
    correctionReason: note?.reason ?? null,
    correctionId: note?.correctionId ?? null,
  };
}
