import { describe, expect, it } from 'vitest';
import { expectedAnswerType, hasAnswerOfType, isCheckable, isCalendarWord, withoutFormWords } from '../../../src/core/answer/answer-types.js';

describe('expectedAnswerType', () => {
  it.each([
    ['How long was the trial supposed to take?', 'duration'],
    ['For how many weeks did the trial run?', 'duration'],
    ['and what length had the judge planned for it', 'duration'],
    ['and how quickly did they come to a decision?', 'duration'],
    ['how quick did the jury decide', 'duration'],
    ['so what are AI firms likely to do now to keep others from copying their models?', 'prospect'],
    ['what does the article think companies will have to change?', 'prospect'],
    ['how might labs protect their models going forward?', 'prospect'],
    ['what length of time did the jury take?', 'duration'],
    ['what was the planned length of the whole trial', 'duration'],
    ['whats the length of the hearing', 'duration'],
    ['When did Anthropic accuse DeepSeek?', 'date'],
    ['When exactly was the verdict?', 'date'],
    ['What year did Musk start xAI?', 'date'],
    ['and the date?', 'date'],
    ['what about the year?', 'date'],
    ['How much did OpenAI pay in damages?', 'amount'],
    ["what's anthropic charging monthly for claude pro these days", 'amount'],
    ['how much is xai charging for grok?', 'amount'],
    ["what was DeepSeek's training bill for R1?", 'amount'],
    ['what amount in damages did musk seek?', 'amount'],
    ['what dollar figure did they put on it?', 'amount'],
    ['was there a dollar figure musk wanted out of openai', 'amount'],
    ['what was the price tag on training r1?', 'amount'],
    // Two words may name what is priced, and a price is given per month or a month.
    ['what\'s grok premium cost per month these days', 'amount'],
    ['what is the openai api cost a month?', 'amount'],
    ['whats the fine in dollars if u break them', 'amount'],
    ['what was the fine?', 'amount'],
    ["what's microsoft's total investment in openai so far?", 'amount'],
    // A two-word name's salary, and where it is paid.
    ["what's sam altman's salary at openai these days", 'amount'],
    ["what did deepseek's training cost?", 'amount'],
    ["what does openai's api cost?", 'amount'],
    ['How many exchanges did MiniMax generate?', 'count'],
    ['What temperature value did the paper use?', 'count'],
    ['Which sizes of Llama were used?', 'count'],
    ['What share of the exchanges came from MiniMax?', 'percentage'],
    ['What percent of BERT does DistilBERT keep?', 'percentage'],
    ['distilbert: how many % lighter is it than bert?', 'percentage'],
    ['how much was deepseek responsible for?', 'count'],
    ['on which exact day was that?', 'date'],
    ['What learning rate did DistilBERT use?', 'count'],
    ['Who presided over the trial?', 'person'],
    ['Which lawyer questioned Musk?', 'person'],
    ['Where was the case tried?', 'place'],
    ['where did they stay during the trial?', 'place'],
    ['where will musk stand trial?', 'place'],
    ['where did musk take the stand?', 'place'],
    ['what is fine-tuning?', 'definition'],
    ['Which court heard the case?', 'place'],
    ['and which courthouse, what city', 'place'],
    ['and the training run itself, how long did that take on their gpus', 'duration'],
    ["what stake does microsoft hold in openai's for-profit arm, percentage", 'percentage'],
    ['Why did Musk lose?', 'reason'],
    ['According to the article, why is distillation legally murky?', 'reason'],
    ['How come Google objects?', 'reason'],
    ['What is distillation?', 'definition'],
    ['what actually is distillation,', 'definition'],
    ["what's a teacher model?", 'definition'],
    ['What are soft targets?', 'definition'],
    ['define black-box distillation', 'definition'],
    ['what does distillation mean?', 'definition'],
    ['what is the meaning of distillation?', 'definition'],
    ['What is distillation??', 'definition'],
    ['What is Musk v. Altman?', 'definition'],
    ['what does the term distillation mean?', 'definition'],
    ['give me the definition of soft targets', 'definition'],
    ['and the exact dates?', 'date'],
    ['can you explain what soft targets are?', 'definition'],
    ['How does the piece explain what model distillation is?', 'definition'],
    ['on what grounds?', 'reason'],
    ['On what basis did Anthropic cut off xAI?', 'reason'],
    ['how much revenue did it lose because of them?', 'amount'],
    ['How much did DeepSeek spend?', 'amount'],
    ['How much time did the jury spend deliberating?', 'duration'],
    ['musk v altman jury - did they take long to decide or was it quick', 'duration'],
    ['why did it take so long to rule?', 'reason'],
    ['what specific temperature value did Hinton recommend?', 'count'],
    ["what's xAI valued at right now?", 'amount'],
    ['what was the valuation in its last round?', 'amount'],
    ["what's anthropic's valuation after its most recent funding round", 'amount'],
    ['What is Musk worth?', 'amount'],
    ['what did it cost Stanford to make the data?', 'amount'],
    ['what was the training cost of R1?', 'amount'],
    ['and what did generating them cost?', 'amount'],
    ['whats the cost', 'amount'],
    ['whats xai valued at these days', 'amount'],
    ['what does xai pay ml engineers, any idea?', 'amount'],
    ['how big a payout was elon seeking from openai', 'amount'],
    ["what's the total amount msft has put into openai so far?", 'amount'],
    ['what did microsoft pay for its stake in openai?', 'amount'],
    ['total $ microsoft has put into openai to date?', 'amount'],
    ["what's the total amount of dollars microsoft put in?", 'amount'],
    ['what valuation did openai get in its most recent raise?', 'amount'],
    ['which researchers coined the phrase knowledge distillation', 'person'],
    ['What scientists came up with distillation?', 'person'],
    ["in the news story, what's the explanation given for model distillation", 'definition'],
    ['the explanation of soft targets?', 'definition'],
    ["whats distilbert's param count", 'count'],
    ["what's the parameter count of grok 3?", 'count'],
    ['how big was the training cluster, gpu count?', 'count'],
    ['how big was the cluster, total gpu count?', 'count'],
    ['what damages figure was musk asking the jury for', 'amount'],
    ['and the budget for producing those examples? cheap or pricey', 'amount'],
    ["what's sam altman's net worth these days", 'amount'],
    ['did savitt bill openai by the hour or was it a flat fee?', 'amount'],
    ["roughly what would musk's ai startup fetch if it raised money today", 'amount'],
    ["Is there any timeline yet for when Musk's appeal gets its day in court?", 'date'],
    ["what's the time frame for the appeal?", 'date'],
    ['any eta?', 'date'],
    ['which researcher first described distillation?', 'person'],
    ['were the jurors out for long?', 'duration'],
    ['did the trial take long?', 'duration'],
    ['what do they charge per month for it?', 'amount'],
    ['how pricey was putting together its training set?', 'amount'],
    ["do we know when Musk's appeal will be heard?", 'date'],
    ['any idea when the appeal gets decided?', 'date'],
    ['does anyone know when deepseek released r1?', 'date'],
    ['can you tell me when the verdict came out?', 'date'],
    ['does the brief mention when anthropic made its accusations?', 'date'],
    ['what were the actual deadlines he missed?', 'duration'],
    ["what's grok's current user count?", 'count'],
    ['is there a name for doing it that way?', 'definition'],
    ['does that approach have a specific term?', 'definition'],
    ['do we have a term for that?', 'definition'],
    ['have you got a name for it?', 'definition'],
    ["what's it called when you train on a model's answers?", 'definition'],
    ['what do people call that approach', 'definition'],
    ['whats that approach called', 'definition'],
    ["what were the time limits on musk's claims?", 'duration'],
    ['what were the statute of limitations periods that sank the claims?', 'duration'],
  ] as const)('%s → %s', (question, type) => {
    expect(expectedAnswerType(question)).toBe(type);
  });

  it('does not read a money question into "fine-tuned" or a count into "key figures"', () => {
    // A view or a state, not a place.
    expect(expectedAnswerType('where does google stand on people distilling, do they consider it stealing')).toBeUndefined();
    expect(expectedAnswerType('where do things stand with the appeal?')).toBeUndefined();
    expect(expectedAnswerType('where does the legal trouble come from?')).toBeUndefined();
    expect(expectedAnswerType('where does deepseek come from?')).toBe('place');
    for (const q of ['what exactly is openai alleging?', 'what is musk claiming', 'what really is at stake', 'what exactly is in the terms']) expect(expectedAnswerType(q), q).toBeUndefined();
    expect(expectedAnswerType('How much data was Alpaca fine-tuned on?')).toBeUndefined();
    expect(expectedAnswerType("what's openai charging deepseek with?")).toBeUndefined();
    expect(expectedAnswerType('what does the bill say about distillation?')).toBeUndefined();
    expect(expectedAnswerType("what's the ai training bill in congress about?")).toBeUndefined();
    expect(expectedAnswerType('how much evidence was behind the charges against deepseek?')).toBeUndefined();
    expect(expectedAnswerType('how much are they in charge of?')).toBeUndefined();
    expect(expectedAnswerType('what are they charging deepseek over?')).toBeUndefined();
    expect(expectedAnswerType('what amount of data did Alpaca use?')).toBeUndefined();
    // "count" as a verb after the question asks no count.
    for (const q of ['does that count?', 'is it distillation, does it count?', 'it copies outputs. would that count?', 'so, could count?', 'it was theft, still count?']) expect(expectedAnswerType(q), q).toBeUndefined();
    // Fetching is a price only with a sale or a raise said; a rate of something is no fee.
    expect(expectedAnswerType('what would the crawler fetch from the site?')).toBeUndefined();
    expect(expectedAnswerType('what was the hourly rate of queries in the campaigns?')).not.toBe('amount');
    // A price noun before "after" or "since" only right after "what's": these ask no price.
    for (const q of ["what's driving the valuation since the round?", "what's behind the price after the ruling?"]) expect(expectedAnswerType(q), q).toBeUndefined();
    expect(expectedAnswerType('How much was OpenAI fined?')).toBe('amount');
    expect(expectedAnswerType('What key figures testified?')).toBeUndefined();
    // A loss or a rise that is not money: its answer has no currency in it.
    expect(expectedAnswerType("How much of BERT's performance does DistilBERT lose?")).toBeUndefined();
    // By how much something changed, which a percentage or "ten times" gives, not money.
    expect(expectedAnswerType('how much does distilbert shrink things compared to the original model?')).toBeUndefined();
    expect(expectedAnswerType('how much did it speed up inference')).toBeUndefined();
    expect(expectedAnswerType('how much did alpaca cost to make?')).toBe('amount');
    for (const q of ['do we know what xai spent on openai api calls?', 'what did microsoft spend on openai']) expect(expectedAnswerType(q), q).toBe('amount');
    for (const q of ['what time did they spend in court', 'what about time spent on the trial?', 'what effort was spent on distillation?', 'what was the money spent on?']) expect(expectedAnswerType(q), q).not.toBe('amount');
    for (const q of ['how much did the price drop?', 'how much did openai cut its price?', 'how much did the valuation grow', 'how much did microsoft drop on openai?']) expect(expectedAnswerType(q), q).toBe('amount');
    expect(expectedAnswerType('How much concern was raised about safety guardrails?')).toBeUndefined();
    // Shares compared, not money.
    expect(expectedAnswerType('how was it split, like how much was moonshot vs deepseek')).not.toBe('amount');
    expect(expectedAnswerType('how much was the payout to musk?')).toBe('amount');
    expect(expectedAnswerType('why did the dollar value drop')).toBe('reason');
    // A price is asked within a few words of "what": a bill may be a law, a cost not money.
    for (const q of ['what does the senate bill say about distillation?', 'What did Bill Gates say?', 'what did the court say about price fixing?', 'what makes distillation worth it?', 'what does DistilBERT cost in accuracy compared to BERT?', 'what is the cost function?', 'what kind of cost is involved?', 'what sort of fees are there?', 'what is the biggest cost a startup has?', 'is there any cash value in distilled models?', 'what cost-cutting did openai do?', 'what are the costs and benefits of distillation?', 'what is the price fixing claim?', 'what did they charge him with?', 'what did prosecutors charge musk with?', 'what did the judge charge the jury with?', 'what did the prosecutors charge Elon Musk with?', 'what was the amount of time the jury spent deliberating?', 'what did microsoft pay for?', 'what did openai do to pay them back?', 'what did openai do to pay for compute?', "what's the deadline to appeal?", 'what are the deadlines to appeal?', 'what are the compliance deadlines under the EU AI Act?', "do users need to know when they're interacting with an AI?", 'does the policy mention when we need approval?', 'does the terms of use tell us when we can use outputs to train models?', "how do we make sure when distilling a model that we don't breach the terms?"]) {
      expect(expectedAnswerType(q)).toBeUndefined();
    }
    expect(expectedAnswerType('what percentage of the budget went to it?')).toBe('percentage');
    // A share counted, unless money is said: "responsible for paying" is a sum.
    expect(expectedAnswerType('how much would openai be responsible for paying?')).not.toBe('count');
    expect(expectedAnswerType('how much in damages is musk responsible for?')).not.toBe('count');
    // Only a word of precision may come between "what" and the word that asks for a number.
    for (const q of ['What did OpenAI share with the House Select Committee?', 'What is the size of DistilBERT?', 'What is the value of soft targets?', 'What kind of value does distillation add?']) {
      expect(expectedAnswerType(q), q).toBeUndefined();
    }
  });

  it('reads "why does it matter?" and "the bigger picture" as asking why it is important, in the word documents use', () => {
    for (const q of ["ok but why does it actually matter that Musk admitted this? what's the bigger picture", 'why does it matter big picture', 'why is the verdict significant?', 'why should we care about distillation?']) {
      expect(expectedAnswerType(q), q).toBe('significance');
    }
    expect(withoutFormWords('why does it matter big picture', 'significance')).toBe('why does it important important');
    // "a big deal" is as often why it upset people ("…when xAI does it?"); "does it matter who…" asks whether.
    for (const q of ['why is it a big deal when xAI does it?', "why's it a big deal tho"]) expect(expectedAnswerType(q), q).toBe('reason');
    expect(expectedAnswerType('does it matter who sued first?')).toBeUndefined();
    expect(hasAnswerOfType('The admission by Elon Musk highlights the ongoing tensions in the AI industry.', 'significance')).toBe(true);
    expect(hasAnswerOfType('Musk said he would appeal.', 'significance')).toBe(false);
  });

  it('reads "when is it fine?", "when does it turn into…" as asking in what case, not for a date', () => {
    for (const q of ['do we know when distillation is fine?', 'what did elon say when savitt asked him if that was a yes', 'when is distillation fine and when does it get people upset?', 'so when exactly does distillation turn into a controversy?', 'When does copying become a problem?', 'When are outputs considered theft?', 'When does distillation count as theft?', 'when is it wrong to distill a rival?', 'when is distilling fine and when do ppl get mad about it']) expect(expectedAnswerType(q), q).toBeUndefined();
    for (const q of ['when did distillation become controversial?', 'when is the hearing? is it fine?', 'when is grok 5 supposed to come out?', 'When is the trial, and is it legal to attend?', 'when does the EU AI Act become applicable?', 'When do the rules become law?', 'when is the deadline for the infringement claim?']) expect(expectedAnswerType(q), q).toBe('date');
  });

  it('says nothing for questions whose form does not name a kind of answer', () => {
    const questions = ['Do you know what the verdict is?', 'I wonder what it is', 'What is the verdict?', 'explain why Musk lost', 'What is it?', "what's up?", 'what is going on?', 'What is Grok trained on?', 'What does the verdict mean for OpenAI?', "what is OpenAI's position?", "What is a lab's moat?", 'Did the court adopt a definition of distillation?', 'what do you mean?', 'Did xAI distill OpenAI models?', 'Is distillation legal?', 'When people say providers rely on contracts, which contracts are they?', "what's the explanation for the verdict?", 'did anyone count the votes?', 'do users count as parties to the terms?', 'do tokens count as copyrighted output?', 'can you give me a timeline of the distillation accusations?', 'what was the explanation given for Musk losing?', 'which academic papers describe distillation?', 'what author rights apply to AI outputs?'];
    for (const q of questions) {
      expect(expectedAnswerType(q)).toBeUndefined();
    }
  });
});

describe('hasAnswerOfType', () => {
  // A length of time is no count ("how many witnesses…" is not answered by "about four weeks");
  // a modal says what may come, but not the month "May".
  it.each([
    ['The court set aside about four weeks for the trial.', 'count', false],
    ['The limits were three years for one claim and 2 years for the other.', 'count', false],
    ['The trial ran for 4 calendar weeks.', 'count', false],
    ['A nine-member advisory jury found for OpenAI.', 'count', true],
    ['The campaigns ran through about 24,000 fraudulent accounts.', 'count', true],
    ['Companies may need to reassess their strategies.', 'prospect', true],
    ['The case could also prompt AI firms to protect their models.', 'prospect', true],
    ['Musk was cross-examined by William Savitt.', 'prospect', false],
    ['On Monday 18 May 2026, the jury found for OpenAI.', 'prospect', false],
  ] as const)('%s → %s: %s', (sentence, type, expected) => {
    expect(hasAnswerOfType(sentence, type)).toBe(expected);
  });

  it('finds durations, dates, amounts and counts in the forms documents use', () => {
    expect(hasAnswerOfType('The court set aside about four weeks for the trial.', 'duration')).toBe(true);
    expect(hasAnswerOfType('The trial was set for the spring.', 'duration')).toBe(false);
    expect(hasAnswerOfType('Jury selection began on Monday 27 April 2026.', 'date')).toBe(true);
    expect(hasAnswerOfType('Musk founded xAI in 2023.', 'date')).toBe(true);
    expect(hasAnswerOfType('Musk founded xAI after leaving.', 'date')).toBe(false);
    expect(hasAnswerOfType('He asked for $134 billion.', 'amount')).toBe(true);
    expect(hasAnswerOfType('MiniMax generated over 13 million exchanges.', 'amount')).toBe(false);
    expect(hasAnswerOfType('MiniMax generated over 13 million exchanges.', 'count')).toBe(true);
    expect(hasAnswerOfType('Three labs were named.', 'count')).toBe(true);
  });

  it('finds deadlines, times of day, and durations with a word before the unit', () => {
    expect(hasAnswerOfType('Claims must be submitted within 30 days of purchase.', 'date')).toBe(true);
    expect(hasAnswerOfType('Providers have 72 hours to report an incident.', 'date')).toBe(true);
    expect(hasAnswerOfType('The rules apply 24 months from entry into force.', 'date')).toBe(true);
    // A length planned or taken says how long, not when.
    for (const sentence of [
      'The court set aside about four weeks for the trial.',
      'The jury returned after less than two hours.',
      'The court set aside four weeks to hear the case.',
      'The trial took three weeks of testimony.',
      'The jury reached its verdict in less than two hours.',
      'After two days of deliberation the jury returned.',
    ]) {
      expect(hasAnswerOfType(sentence, 'date'), sentence).toBe(false);
      expect(hasAnswerOfType(sentence, 'duration'), sentence).toBe(true);
    }
    expect(hasAnswerOfType('The office opens at 8:30 every morning.', 'date')).toBe(true);
    expect(hasAnswerOfType('The office opens at 9 am.', 'date')).toBe(true);
    expect(hasAnswerOfType('The ruling came on Jan. 29.', 'date')).toBe(true);
    expect(hasAnswerOfType('Reimbursement takes 10 business days.', 'duration')).toBe(true);
    expect(hasAnswerOfType('Appeals take thirty days.', 'duration')).toBe(true);
    expect(hasAnswerOfType('The office opens early.', 'date')).toBe(false);
  });

  it('does not take a year or a day of the month for a count', () => {
    expect(hasAnswerOfType('In January 2025, DeepSeek released R1-Distill.', 'count')).toBe(false);
    expect(hasAnswerOfType('On 29 January 2025, OpenAI told the Financial Times.', 'count')).toBe(false);
    expect(hasAnswerOfType('The ruling came on Jan. 29.', 'count')).toBe(false);
    expect(hasAnswerOfType('The ruling came on 29 Jan 2025.', 'count')).toBe(false);
  });

  it('takes a name with its number for a version, not a date, a year or a bare number', () => {
    expect(expectedAnswerType('which grok version was trained on openai outputs?')).toBe('version');
    expect(expectedAnswerType('what version of llama did alpaca use')).toBe('version');
    for (const text of ['Alpaca was made by fine-tuning LLaMA 7B.', 'OpenAI released GPT-4 then.', 'The R1-Distill models were released.', 'Grok 3 is xAI\'s chatbot.']) {
      expect(hasAnswerOfType(text, 'version'), text).toBe(true);
    }
    expect(expectedAnswerType('which version of events did the jury believe?')).not.toBe('version');
    expect(expectedAnswerType('who released which version of grok?')).toBe('person');
    for (const text of ['The chatbot made by xAI is called Grok.', 'On Thursday 30 April 2026 Musk testified.', 'In 2019 Sanh described DistilBERT.', 'About 24,000 accounts were used.', 'Feb 12, 2025 was the day.', 'The 12 jurors sat.', 'Nearly 24,000 accounts.', 'Section 230 applies.']) {
      expect(hasAnswerOfType(text, 'version'), text).toBe(false);
    }
  });

  it('tells a percentage from a count, and takes no identifier for either', () => {
    expect(hasAnswerOfType('DistilBERT is 40% smaller than BERT.', 'count')).toBe(false);
    expect(hasAnswerOfType('DistilBERT is 40% smaller than BERT.', 'percentage')).toBe(true);
    expect(hasAnswerOfType('It keeps 97 percent of the accuracy.', 'percentage')).toBe(true);
    expect(hasAnswerOfType('DistilBERT is 40.5% smaller, or 1,000 percent cheaper.', 'count')).toBe(false);
    expect(hasAnswerOfType('Nine jurors sat.', 'percentage')).toBe(false);
    expect(hasAnswerOfType('It was described in a preprint (arXiv:2310.01108).', 'count')).toBe(false);
    expect(hasAnswerOfType('Version 3.5 has 175 billion parameters.', 'count')).toBe(true);
  });

  it('finds a reason given by its cue words', () => {
    expect(hasAnswerOfType('The controversy arises from the legal ambiguities surrounding this practice.', 'reason')).toBe(true);
    expect(hasAnswerOfType("Musk's claims were barred by the statutes of limitations.", 'reason')).toBe(true);
    expect(hasAnswerOfType('Labs object because outputs carry no copyright.', 'reason')).toBe(true);
    expect(hasAnswerOfType('The jury found for OpenAI in two hours.', 'reason')).toBe(false);
    // "since" says when as often as why.
    expect(hasAnswerOfType('Since 2019 the lab has distilled its models.', 'reason')).toBe(false);
    expect(isCheckable('reason')).toBe(false);
  });

  it('finds a person named after the first word, and a place', () => {
    expect(hasAnswerOfType('Musk was cross-examined by William Savitt, the lead counsel.', 'person')).toBe(true);
    expect(hasAnswerOfType('Musk was cross-examined by the lead counsel.', 'person')).toBe(false);
    // Capitalised pairs that name an institution are not people.
    expect(hasAnswerOfType('It was tried in the U.S. District Court for the Northern District of California.', 'person')).toBe(false);
    expect(hasAnswerOfType('OpenAI told the Financial Times about it.', 'person')).toBe(false);
    expect(hasAnswerOfType('Judge Yvonne Gonzalez Rogers presided.', 'person')).toBe(true);
    expect(hasAnswerOfType('The case was tried in Oakland.', 'place')).toBe(true);
    expect(hasAnswerOfType('The case was tried quickly.', 'place')).toBe(false);
  });

  it('finds a sentence that says what something is, not one that merely names it', () => {
    for (const sentence of [
      'Musk answered that distillation means using one AI model to train another.',
      'In model distillation, a small "student" model is trained to reproduce a large one.',
      'This practice, known as model distillation, involves using a larger model to train a smaller one.',
    ]) {
      expect(hasAnswerOfType(sentence, 'definition'), sentence).toBe(true);
    }
    expect(hasAnswerOfType('The DeepSeek R1-Distill models were built on top of Qwen and Llama models.', 'definition')).toBe(false);
    expect(hasAnswerOfType('In January 2025, DeepSeek released smaller models.', 'definition')).toBe(false);
    expect(hasAnswerOfType('In this knowledge base, the legal questions fall into two parts.', 'definition')).toBe(false);
    expect(hasAnswerOfType('Musk is called to testify on Thursday.', 'definition')).toBe(false);
    expect(hasAnswerOfType('In the method of Hinton, the student learns to match soft targets.', 'definition')).toBe(true);
    expect(hasAnswerOfType('Training a student on generated text in this way is called black-box distillation.', 'definition')).toBe(true);
  });

  it('reads a measure asked for ("what softmax temperature") as a number, not a question about one', () => {
    for (const q of ['What softmax temperature did Hinton use?', 'which exact temperature setting did the paper pick?', 'what height is it?']) expect(expectedAnswerType(q), q).toBe('count');
    for (const q of ["what's the temperature thing in hinton's setup about?", 'what does temperature do?', 'which weights did DeepSeek release?', 'what speed does DistilBERT run at?', 'What lengths did Anthropic go to?', 'what length of context does the student see?', 'what might the verdict have to do with xAI?', 'how could DeepSeek train R1 so cheaply?', 'what length is the context window?', "what's the length of the context window?", 'what did microsoft\'s investment in openai get them?', "what's the investment at stake?", "what's the length of the case name?", 'what is the length of the jury instructions?', 'what does the fine print say?']) expect(expectedAnswerType(q), q).toBeUndefined();
    expect(expectedAnswerType('what is temperature in distillation?')).toBe('definition');
  });

  it("finds a person's age, not any length in years, and asks it only of a person", () => {
    expect(expectedAnswerType('how old is she')).toBe('age');
    expect(expectedAnswerType('How old is the judge?')).toBe('age');
    expect(expectedAnswerType('What age was he when he founded xAI?')).toBe('age');
    // A name alone may be a thing's: "how old is DistilBERT?" asks its date, answered as any question.
    for (const q of ['how old is DistilBERT?', 'how old is Elon Musk?', 'how old is the distillation technique?', 'how old-fashioned is it?', 'how old is the judgement?', "how old was the judge's ruling?"]) expect(expectedAnswerType(q), q).toBeUndefined();
    for (const s of ['Judge Rogers, 61 years old, presided.', 'The 30‑year‑old lawyer spoke.', 'Judge Rogers, 61, presided.', 'She was born in 1964.', 'He retired at age 70.']) expect(hasAnswerOfType(s, 'age'), s).toBe(true);
    for (const s of ['The periods were three years and two years.', 'Judge Rogers presided over the trial.', 'Liang was born in Guangdong.', 'The paper came out in 2015.', 'See sections 12, 13, and 14.']) expect(hasAnswerOfType(s, 'age'), s).toBe(false);
  });

  it('checks only the kinds a pattern recognises reliably', () => {
    expect(['duration', 'age', 'date', 'amount', 'count', 'percentage'].every((t) => isCheckable(t as never))).toBe(true);
    expect(isCheckable('person')).toBe(false);
    expect(isCheckable('place')).toBe(false);
  });
});

describe('withoutFormWords', () => {
  it('drops the price adjectives that ask a price: "cheap or pricey?"', () => {
    expect(withoutFormWords('and the budget for those examples? cheap or pricey', 'amount')).toBe('and the budget for those examples?');
    expect(withoutFormWords('how cheap was it?', 'amount')).toBe('how was it?');
  });

  it('drops the verb of becoming from a question asking in what case', () => {
    expect(withoutFormWords('when does it turn into a problem', undefined)).toBe('when does it a problem');
    expect(withoutFormWords('when is it considered ok', undefined)).toBe('when is it ok');
    expect(withoutFormWords('where does distillation cross the line into controversy', undefined)).toBe('where does distillation controversy');
    expect(expectedAnswerType('where does distillation cross the line into controversy')).toBeUndefined();
    expect(expectedAnswerType('where do the labs draw the line?')).toBeUndefined();
    expect(withoutFormWords('where does distillation cross the line?', undefined)).toBe('where does distillation ?');
    expect(withoutFormWords('where do the labs draw the line?', undefined)).toBe('where do the labs ?');
    expect(expectedAnswerType('where did the line of jurors form?')).toBe('place');
    // Asking when something happened, it stays.
    expect(withoutFormWords('when did it become a company?', 'date')).toBe('when did it become a company?');
  });

  it('drops the words asking what something is called, keeping what it is', () => {
    expect(withoutFormWords('what do people call that approach?', 'definition')).toBe('that approach?');
    // Calling someone is not naming something.
    expect(expectedAnswerType('what do people call musk on the stand?')).not.toBe('definition');
    expect(withoutFormWords('what do you call it when a student copies a teacher?', 'definition')).toBe('it when a student copies a teacher?');
    // What someone called it is reported, not defined.
    expect(expectedAnswerType('what did they call it?')).toBeUndefined();
  });

  it('drops the words of a duration or date form, not of the subject', () => {
    expect(withoutFormWords('How long was the trial supposed to take?', 'duration')).toBe('How was the trial supposed to ?');
    // A trailing comma ends the question as a question mark does.
    expect(withoutFormWords('were the jurors out for long,', 'duration')).toBe('were the jurors out,');
    expect(withoutFormWords('What year did Musk start xAI?', 'date')).toBe('What did Musk start xAI?');
    expect(withoutFormWords('When is Labor Day?', 'date')).toBe('When is Labor Day?');
    expect(withoutFormWords('on which exact day did openai tell the ft?', 'date')).toBe('on which did openai tell the ft?');
    expect(withoutFormWords('and roughly what number of phony profiles were in play', 'count')).toBe('and roughly what phony profiles were in play');
    expect(withoutFormWords('How long did the last appeal take?', 'duration')).toBe('How did the last appeal ?');
    expect(withoutFormWords('How long did the trial take?', undefined)).toBe('How long did the trial take?');
    expect(withoutFormWords('how cheap was making the dataset', 'amount')).toBe('how was making the dataset');
    expect(withoutFormWords('how cheap was making the dataset', undefined)).toBe('how cheap was making the dataset');
    expect(withoutFormWords('how much did they spend generating that dataset', 'amount')).toBe('how much did they generating that dataset');
    expect(withoutFormWords('what did they spend it on?', 'amount')).toBe('what did they spend it on?');
    expect(withoutFormWords('what was the price tag on making their dataset?', 'amount')).toBe('what was the price on making their dataset?');
    expect(withoutFormWords('what was the planned length of the trial?', 'duration')).toBe('what was the the trial?');
    expect(withoutFormWords('what length of time did the jury take?', 'duration')).toBe('what did the jury ?');
    // Two kinds of place in a row are one form too.
    expect(withoutFormWords('which courthouse city was that case in', 'place')).toBe('which was that case in');
    expect(withoutFormWords('How much time did the jury spend deliberating?', 'duration')).toBe('How did the jury spend deliberating?');
    // The unit of "how many hours" is the form too: otherwise "two hours" covers any question in hours.
    expect(withoutFormWords('How many hours of sleep does an adult need?', 'duration')).toBe('How many of sleep does an adult need?');
  });

  it('drops a clause saying when the time ended ("…out before they came back"), not what was waited for', () => {
    expect(withoutFormWords('how long was the jury out before they came back with the verdict?', 'duration')).toBe('how was the jury out?');
    expect(withoutFormWords('were the jurors out for long?', 'duration')).toBe('were the jurors out?');
    expect(withoutFormWords('how fast did the jurors make up their minds?', 'duration')).toBe('how did the jurors make up their minds?');
    expect(withoutFormWords('who coined that term?', 'person')).toBe('who coined?');
    expect(withoutFormWords('is there a name for doing it that way?', 'definition')).toBe('doing it that way?');
    expect(withoutFormWords('does that approach have a specific term?', 'definition')).toBe('that approach?');
    expect(withoutFormWords('and the term itself, who introduced it?', 'person')).toBe('and the term itself, who introduced it?');
    expect(withoutFormWords('how long was the jury out before deciding, and what did they find?', 'duration')).toBe('how was the jury out, and what did they find?');
    expect(withoutFormWords('how long did Musk take before answering Savitt?', 'duration')).toBe('how did Musk take before answering Savitt?');
    expect(withoutFormWords('how long did Musk wait before appealing?', 'duration')).toBe('how did Musk wait before appealing?');
    expect(withoutFormWords('how long before the trial did Musk testify?', 'duration')).toBe('how before the trial did Musk testify?');
  });

  it('drops the kind of place asked for, which a sentence giving the place need not say', () => {
    expect(withoutFormWords('and which courthouse, what city', 'place')).toBe('and which, what');
    expect(withoutFormWords('Which court heard the case?', 'place')).toBe('Which court heard the case?');
  });

  it('reads "on what grounds?" as "why?": "grounds" is not what the reason is about', () => {
    expect(withoutFormWords('on what grounds?', 'reason')).toBe('why?');
    expect(withoutFormWords('how come?', 'reason')).toBe('why?');
    expect(withoutFormWords('On what grounds did Anthropic cut off xAI?', 'reason')).toBe('why did Anthropic cut off xAI?');
  });

  it('reads a timeline asked about in a "why" question as no date', () => {
    expect(expectedAnswerType('why did the timeline sink Musk\'s case?')).toBe('reason');
  });

  it('reads "which researchers" as "who": no sentence naming them need say what they do', () => {
    expect(withoutFormWords('which researchers coined the phrase?', 'person')).toBe('who coined?');
    // A lawyer or a judge is a role the documents name ("the lead counsel for OpenAI"): kept.
    expect(withoutFormWords('which lawyer questioned Musk?', 'person')).toBe('which lawyer questioned Musk?');
  });

  it('drops "the explanation given for" of a definition, and a timeline of a date', () => {
    expect(withoutFormWords("what's the explanation given for model distillation", 'definition')).toBe("what's the model distillation");
    expect(withoutFormWords("is there any timeline yet for when Musk's appeal is heard?", 'date')).toBe("when Musk's appeal is heard?");
    expect(withoutFormWords('any eta?', 'date')).toBe('when?');
  });

  it('keeps the question when nothing else would be left', () => {
    expect(withoutFormWords('take?', 'duration')).toBe('take?');
  });

  it('drops "old" from "how old": it is the form, not a subject', () => {
    expect(withoutFormWords('how old is the judge?', 'age')).toBe('how is the judge?');
  });
});

describe('isCalendarWord', () => {
  it('knows months, weekdays and their abbreviations, and nothing that merely starts like one', () => {
    expect(['May', 'january', 'Sept.', 'Dec', 'Monday', 'Thu'].every(isCalendarWord)).toBe(true);
    expect(['Marketing', 'Decision', 'Junior', 'Mayor'].some(isCalendarWord)).toBe(false);
  });
});
