/**
 * The checker itself, loaded by checker-loader.ts on the reader's first move: Preact, the rules and the result view.
 */
import { hydrateIslands } from './island';
import Checker, { type EarlyInput } from './Checker';

export function hydrateChecker(early: EarlyInput): void {
  hydrateIslands('checker', Checker, { early });
}
