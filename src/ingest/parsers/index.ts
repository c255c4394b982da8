/**
 * The format parsers and the choice between them: every parser scores the text; the best specific format wins
 * when it is confident (at least half its signs present), otherwise the heading-driven generic parser reads it.
 */
import type { DocumentParser } from './parser';
import { ohioSeriesParser } from './formats/ohio-series.parser';
import { caJudicialCouncilParser } from './formats/ca-judicial-council.parser';
import { denverCsaParser } from './formats/denver-csa.parser';
import { montanaJobProfileParser } from './formats/montana-job-profile.parser';
import { genericParser } from './formats/generic.parser';

export const PARSERS: DocumentParser[] = [ohioSeriesParser, caJudicialCouncilParser, denverCsaParser, montanaJobProfileParser];
const CONFIDENT = 0.5;

export function detectFormat(text: string): { parser: DocumentParser; confidence: number } {
  let best: { parser: DocumentParser; confidence: number } | undefined;
  for (const parser of PARSERS) {
    const confidence = parser.detect(text);
    if (confidence >= CONFIDENT && confidence > (best?.confidence ?? 0)) best = { parser, confidence };
  }
  // The generic parser's detection splits the whole text into lines; it runs only when it will be the one used.
  return best ?? { parser: genericParser, confidence: genericParser.detect(text) };
}

export { genericParser };
