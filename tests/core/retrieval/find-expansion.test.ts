import { describe, expect, it } from 'vitest';
import { findExpansion } from '../../../src/core/retrieval/find-expansion.js';
import { createWordSnapshot as snapshotOf } from '../../helpers/passages.js';

const DISTILLATION = [
  'Distillation raises intellectual property questions in place of contract ones.',
  'Google called distillation a theft of intellectual property, in particular of its models.',
  'The terms of service forbid distillation; the Terms of Service are a contract.',
  'Intellectual property law is unsettled for distillation.',
];

describe('findExpansion', () => {
  it('spells an abbreviation the way the passages about the rest of the question do', () => {
    const snapshot = snapshotOf(DISTILLATION);
    expect(findExpansion(snapshot, 'IP', 'Is distillation theft?')).toBe('intellectual property');
    expect(findExpansion(snapshot, 'ToS', 'Does the forbid distillation?')).toBe('terms of service');
  });

  it('needs two sightings and content words at both ends', () => {
    expect(findExpansion(snapshotOf(['The terms of service forbid distillation.']), 'ToS', 'distillation')).toBeUndefined();
    expect(findExpansion(snapshotOf(['The terms of service forbid distillation.', 'Terms of service bind distillation.']), 'ToS', 'distillation')).toBe('terms of service');
    expect(findExpansion(snapshotOf(DISTILLATION.slice(0, 2)), 'IP', 'distillation')).toBeUndefined();
    expect(findExpansion(snapshotOf(['Distillation is possible. Distillation is plain.']), 'IP', 'distillation')).toBeUndefined();
    expect(findExpansion(snapshotOf(DISTILLATION), 'LoRA', 'distillation')).toBeUndefined();
  });

  it('needs a third sighting for two letters, which spell more chance runs', () => {
    const rights = ['Distillation may infringe property rights.', 'Labs guard their property rights against distillation.'];
    expect(findExpansion(snapshotOf(rights), 'PR', 'distillation')).toBeUndefined();
    expect(findExpansion(snapshotOf([...rights, 'Property rights matter to distillation.']), 'PR', 'distillation')).toBe('property rights');
  });

  it('looks only where the rest of the question leads', () => {
    const unrelated = ['Sepsis trends in intensive practice.', 'Trends of sepsis in infants. Trends of sepsis in adults.'];
    const snapshot = snapshotOf([...DISTILLATION, ...unrelated]);
    expect(findExpansion(snapshot, 'ToS', 'What do the say about distillation?')).toBe('terms of service');
    expect(findExpansion(snapshot, 'ToS', 'What drives infants?')).toBe('trends of sepsis');
    expect(findExpansion(snapshot, 'ToS', 'banana bread')).toBeUndefined();
  });

  it('reads headings too', () => {
    const snapshot = snapshotOf(['Use of outputs for distillation is restricted.', 'Breaking them in distillation is a contract matter.'], [['Terms of service'], ['Terms of service']]);
    expect(findExpansion(snapshot, 'ToS', 'distillation')).toBe('terms of service');
  });
});
