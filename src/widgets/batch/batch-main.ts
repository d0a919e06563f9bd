/** /batch/'s widget, loaded by batch-loader.ts on the reader's first move. */
import { hydrateIslands } from '../island';
import BatchPage from './BatchPage';
import type { EarlyBatchInput } from './batch-loader';

export function hydrateBatch(early: EarlyBatchInput): void {
  hydrateIslands('batch', BatchPage, { earlyFile: early.file });
}
