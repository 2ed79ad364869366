// The real translation problems of the bundled seeds, labelled by reading each paragraph (1-based lines).
import type { FindingCode } from '../../src/analysis/checks/types';

export interface SeedLabel {
  readonly code: FindingCode;
  readonly line: number;
  readonly note: string;
}

export const SEED_LABELS: Record<string, readonly SeedLabel[]> = {
  '000_fc229bb68bbd6b60.txt': [
    { code: 'translation-truncated', line: 169, note: 'the closing clause on pacing hiring is not translated' },
    { code: 'translation-truncated', line: 197, note: '"For modeling purposes…" sentence dropped' },
    { code: 'translation-truncated', line: 305, note: 'the "act 2" question is dropped' },
    { code: 'figure-missing', line: 407, note: '"2022 was still elevated in the several years prior to that." is not translated' },
    { code: 'figure-missing', line: 615, note: 'the sentence "when that then spiked in Q1 … another 20% longer … in Q2" is not translated' },
  ],
  '002_f7a40acd86bfc4bc.txt': [
    { code: 'approximation-lost', line: 47, note: '"spending more than $100,000" translated as a flat 10 萬美元 (and as an increase)' },
    { code: 'figure-extra', line: 204, note: '"Congrats on the quarter" translated as 四分之一 (a quarter, 0.25)' },
    { code: 'approximation-lost', line: 360, note: '"almost 80%" translated as a flat 80%' },
  ],
};
