/**
 * Pay grades and bands are ordinal within one employer's plan only: "grade 12" in Ohio says nothing about
 * "band 5" in Montana. Pay movement is reported only when both classes are on the same scale of one plan.
 */
import type { JobClassRecord } from '../loaders/records';

export function payScale(c: JobClassRecord): { kind: 'pay grade' | 'pay band'; value: string } | null {
  if (c.payGrade) return { kind: 'pay grade', value: c.payGrade };
  if (c.payBand) return { kind: 'pay band', value: c.payBand };
  return null;
}

export function payComparable(a: JobClassRecord, b: JobClassRecord): boolean {
  const [pa, pb] = [payScale(a), payScale(b)];
  return !!pa && !!pb && pa.kind === pb.kind && a.jurisdictionId === b.jurisdictionId;
}

/** "pay grade 10 -> 12", or null when the two are not comparable. */
export function payMovement(a: JobClassRecord, b: JobClassRecord, joiner = ' -> '): string | null {
  if (!payComparable(a, b)) return null;
  return `${payScale(a)!.kind} ${payScale(a)!.value}${joiner}${payScale(b)!.value}`;
}

/** Numeric rise in grade or band (negative: a fall), or null when not comparable or not numbers. */
export function payChange(a: JobClassRecord, b: JobClassRecord): number | null {
  if (!payComparable(a, b)) return null;
  const [x, y] = [Number(payScale(a)!.value), Number(payScale(b)!.value)];
  return Number.isFinite(x) && Number.isFinite(y) ? y - x : null;
}
