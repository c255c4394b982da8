/** A human-readable block per ingested document. */
import type { IngestReport } from '../ingest/ingest-report';

export function formatReport(r: IngestReport): string {
  const lines = [`${r.status === 'FAILED' ? '✗' : '✓'} ${r.file}  [${r.format ?? 'unknown format'}] ${r.status}`];
  if (r.error) lines.push(`    error: ${r.error}`);
  if (r.classes.length) lines.push(`    classes (${r.classes.length}): ${r.classes.join(', ')}`);
  if (r.referencedClasses.length) lines.push(`    referenced classes: ${r.referencedClasses.join(', ')}`);
  if (r.status !== 'FAILED') lines.push(`    relations: ${r.relations}, competencies: ${r.competencies}`);
  r.correctionsApplied.forEach((c) => lines.push(`    correction applied: ${c}`));
  r.correctionsStale.forEach((c) => lines.push(`    correction STALE: ${c}`));
  r.warnings.forEach((w) => lines.push(`    warning: ${w}`));
  return lines.join('\n');
}
