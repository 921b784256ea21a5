import { describe, expect, it } from 'vitest';
import type { ScoredSentence } from '../../../src/core/answer/select-sentences.js';
import { keepsToWhatIsOwned, namesTheModelAsked, namesTheOrganisationAsked, namesTheRoleAsked, type QuestionAsked, readAsked, saidOfTheNamesAsked, saysTheSuitAsked } from '../../../src/core/answer/sentence-filters.js';
import { analyze } from '../../../src/core/text/analyze.js';
import { createDummyPassage as passage } from '../../helpers/passages.js';

function sentence(text: string, around = ''): ScoredSentence {
  return { text, passage: passage('doc', text), passageScore: 1, passageRank: 0, position: 0, terms: new Set(analyze(text)), around: new Set(analyze(around)), coverage: 1, score: 1 };
}

function asked(read: string, names: string[], more: Partial<QuestionAsked> = {}) {
  return readAsked({ read, focus: read, names, analyze, related: () => [], ...more });
}

const sued = sentence('Elon Musk sued OpenAI, and Microsoft was also a defendant.');
const accused = sentence('Anthropic said that DeepSeek had run distillation campaigns against Claude.');

describe('saysTheSuitAsked', () => {
  const judges = (read: string, names: string[]) => [sued, accused].map(saysTheSuitAsked(asked(read, names)));

  it('keeps only a sentence saying a suit between the parties, whichever way whether one was brought is asked', () => {
    for (const read of ['did Musk sue OpenAI?', 'has Musk actually filed a lawsuit against OpenAI?', 'did Musk take OpenAI to court?', 'was OpenAI sued by Musk?', 'did OpenAI get sued by Musk?', 'has OpenAI been taken to court by Musk?']) {
      expect(judges(read, ['Musk', 'OpenAI']), read).toEqual([true, false]);
    }
    expect(judges('did DeepSeek get sued?', ['DeepSeek'])).toEqual([false, false]);
  });

  it('asks nothing of a suit that could be or will be brought, or one said in a clause about something else', () => {
    for (const read of ['could Anthropic sue DeepSeek?', 'does Musk plan to sue Anthropic?', 'did the judge dismiss the case Musk filed a lawsuit in?', 'was the case Musk sued over dismissed?', 'has the judge ruled on the claims Musk sued over?', 'who was the judge when Musk sued OpenAI?']) {
      expect(judges(read, ['Musk', 'Anthropic', 'DeepSeek', 'OpenAI']), read).toEqual([true, true]);
    }
  });

  it('asks it of the thread\'s names when the party is a pronoun the question names no one for', () => {
    const ofGoogle = asked('have they sued anybody for it yet?', [], { pronounNames: ['Google'] });
    expect([sued, sentence('Google sued a rival lab over distillation.')].map(saysTheSuitAsked(ofGoogle))).toEqual([false, true]);
    // "they" sued: OpenAI, named after "sued", was sued instead.
    expect(saysTheSuitAsked(asked('have they sued anybody for it yet?', [], { pronounNames: ['OpenAI'] }))(sued)).toBe(false);
    expect(saysTheSuitAsked(asked('have they sued anybody for it yet?', [], { pronounNames: ['Musk'] }))(sued)).toBe(true);
    expect(saysTheSuitAsked(asked('have they sued anybody for it yet?', []))(sued)).toBe(true);
  });

  it('does not take a sentence that has the party asked to have sued as the one sued', () => {
    expect(judges('has OpenAI ever sued anyone?', ['OpenAI'])).toEqual([false, false]);
    expect(judges('has openai ever sued Musk?', ['Musk', 'openai'])).toEqual([false, false]);
    // Nor another party's suit: "Musk's lawsuit" is no suit OpenAI brought.
    const musksSuit = sentence("Musk's lawsuit claimed that OpenAI had abandoned its mission.");
    expect(saysTheSuitAsked(asked('has OpenAI ever sued anyone?', ['OpenAI']))(musksSuit)).toBe(false);
    expect(saysTheSuitAsked(asked('has Musk ever sued anyone?', ['Musk']))(musksSuit)).toBe(true);
    const passive = sentence('OpenAI was sued by Musk in 2024.');
    expect(saysTheSuitAsked(asked('did OpenAI sue Musk?', ['OpenAI', 'Musk']))(passive)).toBe(false);
    expect(judges('has Musk ever sued anyone?', ['Musk'])).toEqual([true, false]);
    // Asked of no one, or in the passive: the one sued may be named.
    expect(judges('has anyone sued OpenAI?', ['OpenAI'])).toEqual([true, false]);
    expect(judges('has OpenAI been sued?', ['OpenAI'])).toEqual([true, false]);
    // The suer need not be named in the sentence itself.
    expect(saysTheSuitAsked(asked('did Musk sue OpenAI?', ['Musk', 'OpenAI']))(sentence('He sued OpenAI in 2024.', 'Elon Musk'))).toBe(true);
  });

  it('does not take the place the suit was brought in for a party', () => {
    const inOakland = asked('was OpenAI sued in Oakland?', ['OpenAI', 'Oakland'], { place: 'Oakland' });
    expect(saysTheSuitAsked(inOakland)(sued)).toBe(true);
    expect(saysTheSuitAsked(asked('was OpenAI sued in Oakland?', ['OpenAI', 'Oakland']))(sued)).toBe(false);
  });
});

describe('saidOfTheNamesAsked', () => {
  const schedule = sentence('Jury selection began on Monday 27 April 2026.');
  const alpaca = sentence('The Alpaca data reportedly cost under $600 to generate.');

  it('needs one of the names asked, but not the place the question sets the event in', () => {
    expect(saidOfTheNamesAsked(asked('what date did jury selection begin in Oakland?', ['Oakland'], { place: 'Oakland' }))(schedule)).toBe(true);
    expect(saidOfTheNamesAsked(asked('what date did jury selection begin in Oakland?', ['Oakland']))(schedule)).toBe(false);
    // A name that is no place stays the subject: the cost of the Alpaca data is not DeepSeek's.
    expect(saidOfTheNamesAsked(asked('how much did the training data cost at DeepSeek?', ['DeepSeek']))(alpaca)).toBe(false);
  });

  it('takes a name by another it goes by, in the sentence or the paragraph around it', () => {
    const deliberated = sentence('The jury reached that verdict after deliberating for less than two hours.', "Musk's claims were barred.");
    const related = (t: string) => (t === 'elon' ? ['musk'] : []);
    expect(saidOfTheNamesAsked(asked("how long did the jury deliberate on elon's case?", ['elon'], { related }))(deliberated)).toBe(true);
    expect(saidOfTheNamesAsked(asked("how long did the jury deliberate on elon's case?", ['elon']))(deliberated)).toBe(false);
    const testified = sentence('Musk testified on Thursday 30 April 2026.');
    expect(saidOfTheNamesAsked(asked('when did elon testify?', ['elon'], { related }))(testified)).toBe(true);
  });

  it("needs the owner of what a date is asked of, unless the possessive is only the topic", () => {
    const accusedOn = sentence('On 23 February 2026, Anthropic accused DeepSeek of distillation.');
    expect(saidOfTheNamesAsked(asked("when did Anthropic revoke xAI's access?", ['Anthropic', 'xAI']))(accusedOn)).toBe(false);
    expect(saidOfTheNamesAsked(asked("when was Anthropic asked about xAI's access?", ['Anthropic', 'xAI']))(accusedOn)).toBe(true);
  });
});

describe('namesTheModelAsked', () => {
  const named = ["Alpaca's data came from OpenAI's text-davinci-003 model.", 'Stanford fine-tuned Qwen and Llama models.', 'Anthropic cut off access to its Claude coding models.'].map((t) => sentence(t));
  const unnamed = ['xAI has utilized models from OpenAI to enhance its own AI.', 'DeepSeek ran campaigns against its Claude models.', 'A larger AI model trains a smaller one.'].map((t) => sentence(t));
  const opening = sentence('Larger models learn more.');

  it('keeps only a sentence naming a model when a name\'s model is asked for by kind', () => {
    // Of OpenAI's, "its Claude models" names one (whose is for the words to weigh), and "Claude
    // coding models" only a kind.
    expect([...named, ...unnamed].map(namesTheModelAsked(asked('which openai models did xai use?', ['OpenAI', 'xAI'])))).toEqual([true, true, false, false, true, false]);
    expect([...named, ...unnamed].map(namesTheModelAsked(asked('which Claude model version were they after?', ['Claude'])))).toEqual([true, true, true, false, false, false]);
    // A capital that opens the sentence names no model.
    expect(namesTheModelAsked(asked('which openai models did xai use?', ['OpenAI', 'xAI']))(opening)).toBe(false);
  });

  it('asks nothing of a model that is no name\'s', () => {
    expect(unnamed.map(namesTheModelAsked(asked('which smaller model learns from the teacher?', [])))).toEqual([true, true, true]);
  });
});

describe('namesTheOrganisationAsked', () => {
  const google = sentence('Google has called the distillation of its models a theft, according to coverage of the Musk v. Altman trial.');
  const anthropic = sentence('Anthropic attributed most of the Claude exchanges to MiniMax.');

  it('keeps only a sentence naming an organisation other than the question\'s names, when one is asked for by kind', () => {
    expect([google, anthropic].map(namesTheOrganisationAsked(asked('which company did google accuse?', ['Google'])))).toEqual([false, true]);
    expect([google, anthropic].map(namesTheOrganisationAsked(asked('has Google accused any specific company?', ['Google'])))).toEqual([false, true]);
    // Claude is the question's own name: MiniMax is the other.
    expect(namesTheOrganisationAsked(asked('which lab hit Claude hardest?', ['Claude']))(anthropic)).toBe(true);
  });

  it('asks nothing of a question that asks for no organisation', () => {
    expect(namesTheOrganisationAsked(asked('what did google say about distillation?', ['Google']))(google)).toBe(true);
  });
});

describe('namesTheRoleAsked and keepsToWhatIsOwned', () => {
  const savitt = sentence('Musk was cross-examined by William Savitt, the lead counsel for OpenAI.');
  const court = sentence('Musk v. Altman was tried in Oakland.');

  it('asks a "who" question for a role to name one, given to the owner asked', () => {
    const lawyer = asked("who was Musk's lawyer?", ['Musk'], { expects: 'person', related: (t) => (t === 'lawyer' ? ['counsel'] : []) });
    expect([savitt, court].map(namesTheRoleAsked(lawyer))).toEqual([true, false]);
    expect([savitt, court].map(keepsToWhatIsOwned(lawyer, analyze("Musk's lawyer")))).toEqual([false, true]);
    const openai = asked("who was OpenAI's lawyer?", ['OpenAI'], { expects: 'person', related: (t) => (t === 'lawyer' ? ['counsel'] : []) });
    expect(keepsToWhatIsOwned(openai, analyze("OpenAI's lawyer"))(savitt)).toBe(true);
  });

  it('asks for a law firm by the words, in any question form, but not for any "firm", and of whom it asks', () => {
    const firms = sentence('The case could prompt AI firms to protect their models.');
    const lawFirm = sentence('Savitt is a partner at the law firm Wachtell.');
    const musks = sentence('Musk was represented by the law firm Toberoff.');
    expect([savitt, firms, lawFirm, musks].map(namesTheRoleAsked(asked('which law firm represented Musk?', ['Musk'])))).toEqual([false, false, false, true]);
    for (const read of ['which firm does savitt work for?', 'what firm employs savitt', 'what firm is savitt with?', 'what firm is savitt a partner at?']) {
      expect([savitt, firms, lawFirm].map(namesTheRoleAsked(asked(read, ['Savitt']))), read).toEqual([false, false, true]);
    }
    const accusedFirms = sentence('OpenAI and Anthropic had accused other firms of distilling their models.');
    expect(namesTheRoleAsked(asked("savitt, openai's lawyer - what firm does he work for", ['savitt', 'openai']))(accusedFirms)).toBe(false);
    expect(namesTheRoleAsked(asked('which firm did anthropic pin the most exchanges on?', ['Anthropic']))(savitt)).toBe(true);
    expect(namesTheRoleAsked(asked("what firm's lawyer represented musk?", ['Musk']))(savitt)).toBe(true);
    expect(namesTheRoleAsked(asked('which firm is representing musk?', ['Musk']))(savitt)).toBe(false);
    expect(namesTheRoleAsked(asked('which firm is minimax in?', ['MiniMax']))(firms)).toBe(true);
    expect(namesTheRoleAsked(asked('which firm is R1 from?', ['R1']))(firms)).toBe(true);
  });
});
