/**
 * A share as a percentage with two decimals (第五条's 一线职工培训占比), kept out of format.ts: format.ts rides in every
 * calculator's shared chunk (astro.config.mjs, CALCULATOR_KIT), so whatever it holds costs every calculator page.
 */

/**
 * part ÷ whole in hundredths of a percent (basis points), rounded half up: 700000 ÷ 1100000 → 6364 (63.636…%).
 * Exact for any non-negative safe integers (BigInt); null when whole is 0.
 */
export function shareBasisPoints(part: number, whole: number): number | null {
  if (whole === 0) return null;
  const p = BigInt(part);
  const w = BigInt(whole);
  return Number((2n * p * 10_000n + w) / (2n * w));
}

/** Basis points as a percentage with two decimals: 6364 → "63.64%", 6000 → "60.00%". */
export function formatBasisPoints(bp: number): string {
  // a share is never negative
  return `${Math.floor(bp / 100)}.${String(bp % 100).padStart(2, '0')}%`;
}
