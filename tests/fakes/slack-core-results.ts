import type { AskResult, Citation, IndexReport, SourceInfo, SummaryResult, UploadResult } from '../../src/core/ports.js';

/** `createDummy…(overrides)` factories for core results the Slack tests render. */

export function createDummyCitation(overrides: Partial<Citation> = {}): Citation {
  const n = overrides.n ?? 1;
  return {
    n,
    passageId: `doc-${n}.md#0-${n}`,
    source: `doc-${n}.md`,
    title: `Document ${n}`,
    locator: `Section ${n} › ¶1`,
    text: `Passage ${n} says something specific about policy number ${n}.`,
    score: 0.5,
    ...overrides,
  };
}

export function createDummyDeclined(overrides: Partial<Extract<AskResult, { kind: 'declined' }>> = {}): AskResult {
  return {
    kind: 'declined',
    id: 'ans-declined',
    question: 'What is the weather on Mars?',
    answer: "The policy documents don't cover this question.",
    closest: [
      { source: 'technique.md', title: 'Model distillation, the technique' },
      { source: 'hearing.md', title: 'Musk v. Altman hearing notes' },
    ],
    mode: 'extractive',
    ...overrides,
  };
}

export function createDummySummary(overrides: Partial<Extract<SummaryResult, { kind: 'summary' }>> = {}): SummaryResult {
  return {
    kind: 'summary',
    id: 'sum-1',
    topic: 'distillation',
    heading: 'Model distillation',
    bullets: [
      { text: 'Distillation trains a small model on a large one.', citations: [1] },
      { text: 'Terms of service often forbid it.', citations: [1, 2] },
    ],
    citations: [createDummyCitation({ n: 1 }), createDummyCitation({ n: 2 })],
    mode: 'extractive',
    ...overrides,
  };
}

export function createDummySource(overrides: Partial<SourceInfo> = {}): SourceInfo {
  return { source: 'technique.md', title: 'Model distillation, the technique', passages: 12, indexedAt: '2026-11-28T10:00:00.000Z', ...overrides };
}

export function createDummyIndexReport(overrides: Partial<IndexReport> = {}): IndexReport {
  return { added: 2, changed: 1, removed: 0, unchanged: 14, passages: 312, ms: 1234, skipped: [], ...overrides };
}

export function createDummyUploadResult(overrides: Partial<UploadResult> = {}): UploadResult {
  return { source: 'uploads/new-policy.md', replaced: false, report: createDummyIndexReport({ added: 1, changed: 0, unchanged: 17 }), ...overrides };
}
