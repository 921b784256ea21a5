import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWordNetThesaurus, wordNet } from '../../../src/core/text/thesaurus.js';

describe('WordNet thesaurus', () => {
  it('gives the synonyms of a word’s common senses, from its inflected forms too', () => {
    expect(wordNet.synonyms('use')).toEqual(expect.arrayContaining(['utilize', 'employ']));
    expect(wordNet.synonyms('utilized')).toContain('use');
    expect(wordNet.synonyms('told')).toContain('say');
    expect(wordNet.synonyms('Lawsuits')).toEqual(expect.arrayContaining(['suit', 'case']));
    expect(wordNet.synonyms('use')).not.toContain('use');
  });

  it('adds narrower words only for a word with few senses', () => {
    // "lawyer" has one sense, so a "counsel" is one; "use" has many, and "recycling" is not what
    // someone asking how a model was used means.
    expect(wordNet.synonyms('lawyer')).toEqual(expect.arrayContaining(['attorney', 'counsel', 'prosecutor']));
    expect(wordNet.synonyms('use')).not.toContain('recycling');
  });

  it('adds broader words only for a word with few senses', () => {
    // To grill a witness is to examine them; an allegation is a kind of claim.
    expect(wordNet.synonyms('grilling')).toContain('examine');
    expect(wordNet.synonyms('allegation')).toContain('claim');
    // "push" and "use" have many senses, and what they are kinds of wanders off.
    expect(wordNet.synonyms('push')).not.toContain('move');
    expect(wordNet.synonyms('use')).not.toContain('consume');
  });

  it('lets a person and the body they sit on stand for each other, and nothing wider', () => {
    expect(wordNet.synonyms('jurors')).toContain('jury');
    expect(wordNet.synonyms('jury')).toContain('juror');
    // A jury is part of a court, but a question about the jury is not about the court.
    expect(wordNet.synonyms('jury')).not.toContain('court');
  });

  it('leaves out rare senses and multi-word entries', () => {
    // "take" in its third sense is "lead" ("the road takes you to town"): not what a question means.
    expect(wordNet.synonyms('take')).not.toContain('lead');
    expect(wordNet.synonyms('check').some((s) => s.includes('_'))).toBe(false);
  });

  it('looks up a phrasal verb by its inflected first word, as WordNet lists it', () => {
    expect(wordNet.synonyms('pushed_back')).toContain('repel');
    expect(wordNet.synonyms('looking_into')).toContain('investigate');
    expect(wordNet.synonyms('got_together')).toContain('gather');
    expect(wordNet.synonyms('the_court')).toEqual([]);
  });

  it('returns nothing for words WordNet does not know', () => {
    expect(wordNet.synonyms('xai')).toEqual([]);
    expect(wordNet.synonyms('')).toEqual([]);
  });

  it("gives the words WordNet derives from the word's own senses, in any part of speech", () => {
    // "founder" is first a horse's laminitis, then the person who founds: both senses looked at.
    expect(wordNet.derived!('founders')).toContain('found');
    expect(wordNet.derived!('testimony')).toContain('testify');
    expect(wordNet.derived!('decision')).toEqual(['decide']);
    // Only the word's own pointers: "founder"'s synset-mate "beginner" derives "begin".
    expect(wordNet.derived!('founder')).not.toContain('begin');
    expect(['xai', '', 'juror'].map((w) => wordNet.derived!(w))).toEqual([[], [], []]);
    // Only a noun's verbs: "study" is no "student", "lawyer" no "law", "official" no "office".
    for (const [word, wanders] of [['study', 'student'], ['lawyer', 'law'], ['official', 'office'], ['teach', 'teacher']]) expect(wordNet.derived!(word!), word).not.toContain(wanders);
  });

  it("gives an adjective's other degrees, by WordNet's detachment rules and the spelling ones", () => {
    expect(['softer', 'bigger', 'easier', 'safest'].map((w) => wordNet.degrees!(w))).toEqual([['soft'], ['big'], ['easy'], ['safe']]);
    expect(['small', 'big', 'easy'].map((w) => wordNet.degrees!(w))).toEqual([
      ['smaller', 'smallest'],
      ['bigger', 'biggest'],
      ['easier', 'easiest'],
    ]);
    // No adjective: nothing.
    expect(['testimony', 'xai', 'er'].map((w) => wordNet.degrees!(w))).toEqual([[], [], []]);
  });

  it('gives the broader nouns of the commonest sense of a word that is mainly a noun, however many senses it has', () => {
    expect(wordNet.broader!('proof')).toEqual(['evidence', 'grounds']);
    expect(wordNet.synonyms('proof')).not.toContain('evidence');
    // More a verb than a noun in SemCor's sentences: "lock the weights" is no "fastener", nor "fixing".
    expect(['lock', 'show', 'use', 'care', 'sign', 'xai', ''].map((w) => wordNet.broader!(w))).toEqual([[], [], [], [], [], [], []]);
    // More a noun, though it has as many senses as a verb and an adjective.
    expect(wordNet.broader!('evidence')).toEqual(['information']);
    // Untagged, and as many senses as an adverb as a noun: not mainly a noun; nor a word used as
    // often as a verb ("race": the same count of tagged sentences each way).
    expect(wordNet.broader!('meantime')).toEqual([]);
    expect(wordNet.broader!('race')).toEqual([]);
  });

  it('knows the words it lists mainly as proper names', () => {
    expect(['japan', 'gemini', 'Lisbon', 'usa', 'fbi', 'midwest'].map((w) => wordNet.isProperName!(w))).toEqual([true, true, true, true, true, true]);
    // A verb's past ("led": "lead", "fed": "feed"), a plural ("gates", "windows"), mostly another
    // part of speech ("swift", "hunt", "tell"), mostly a common noun ("centre").
    // An abbreviation of a role or a thing ("ceo", "cpu"; "usa" and "fbi", a place's and a group's, are names).
    // Used as an adjective ("north", "french"); a person, a trademark, a title, a time ("realtor",
    // "dumpster", "mister", "christmas"); a long abbreviation ("exec": EXEC).
    const common = ['led', 'fed', 'ate', 'lent', 'gates', 'windows', 'sessions', 'allies', 'swift', 'hunt', 'tell', 'centre', 'apple', 'ceo', 'cpu', 'html', 'north', 'french', 'realtor', 'dumpster', 'mister', 'christmas', 'exec', 'xai', '', 'new_york'];
    expect(common.filter((w) => wordNet.isProperName!(w))).toEqual([]);
  });

  it('knows which words it lists, in any inflection', () => {
    expect(['roi', 'MIT', 'runs', 'juries'].map((w) => wordNet.isWord!(w))).toEqual([true, true, true, true]);
    expect(['tos', 'xai', ''].map((w) => wordNet.isWord!(w))).toEqual([false, false, false]);
    // A noun, compounds too: "law_school", and in the plural.
    expect(['law_school', 'law_schools', 'judge', 'quickly', 'go_to'].map((w) => wordNet.isNoun!(w))).toEqual([true, true, true, false, false]);
  });

  it('reads any WordNet dict folder', () => {
    const dir = writeTinyWordNet();
    const thesaurus = createWordNetThesaurus({ dictDir: dir });
    expect(thesaurus.synonyms('lawyers').sort()).toEqual(['attorney', 'counsel']);
    expect(thesaurus.synonyms('counsel')).toEqual([]);
  });

  it('reads how often senses are used from index.sense, and looks again while it cannot be read', () => {
    const dir = writeTinyWordNet();
    // "counsel", a kind of "lawyer": its broader nouns.
    const lawyer = readFileSync(join(dir, 'data.noun'), 'latin1').split('\n')[0]!;
    writeFileSync(join(dir, 'data.noun'), `${lawyer}\n00000100 18 n 01 counsel 0 001 @ 00000000 n 0000 | a lawyer who pleads cases in court\n`);
    mkdirSync(join(dir, 'index.sense'));
    const thesaurus = createWordNetThesaurus({ dictDir: dir });
    expect(thesaurus.broader!('counsel')).toEqual([]);
    rmSync(join(dir, 'index.sense'), { recursive: true });
    writeFileSync(join(dir, 'index.sense'), 'counsel%1:18:00:: 00000100 1 3\n');
    expect(thesaurus.broader!('counsel').sort()).toEqual(['attorney', 'lawyer']);
  });

  it('finds nothing while a data file cannot be read, and tries again on the next lookup', () => {
    const dir = writeTinyWordNet();
    const data = readFileSync(join(dir, 'data.noun'));
    rmSync(join(dir, 'data.noun'));
    const thesaurus = createWordNetThesaurus({ dictDir: dir });
    expect(thesaurus.synonyms('lawyer')).toEqual([]);
    writeFileSync(join(dir, 'data.noun'), data);
    expect(thesaurus.synonyms('lawyer').sort()).toEqual(['attorney', 'counsel']);
  });
});

describe('a WordNet that cannot be read', () => {
  it('finds no synonyms, and says why when preloaded', () => {
    const thesaurus = createWordNetThesaurus({ dictDir: join(tmpdir(), 'no-such-wordnet') });
    expect(thesaurus.synonyms('use')).toEqual([]);
    expect(() => thesaurus.preload?.()).toThrow(/WordNet could not be read .*no-such-wordnet.*npm ci/);
  });
});

/** Two synsets in WordNet's database format, found by byte offset: "counsel" is a hyponym of "lawyer". */
function writeTinyWordNet(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wordnet-'));
  const counselAt = 100;
  const lawyer = `00000000 18 n 02 lawyer 0 attorney 0 001 ~ ${String(counselAt).padStart(8, '0')} n 0000 | a professional person`;
  const counsel = `${String(counselAt).padStart(8, '0')} 18 n 01 counsel 0 000 | a lawyer who pleads cases in court`;
  writeFileSync(join(dir, 'data.noun'), `${lawyer.padEnd(counselAt - 1)}\n${counsel}\n`);
  writeFileSync(join(dir, 'index.noun'), `  1 licence header\nattorney n 1 0 1 0 00000000\ncounsel n 1 0 1 0 ${String(counselAt).padStart(8, '0')}\nlawyer n 1 1 ~ 1 0 00000000\n`);
  for (const pos of ['verb', 'adj', 'adv']) {
    writeFileSync(join(dir, `index.${pos}`), '');
    writeFileSync(join(dir, `data.${pos}`), '');
  }
  return dir;
}
