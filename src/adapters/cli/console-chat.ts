import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { asBotError, type PolicyBot } from '../../core/index.js';
import { describeError, HELP_TEXT, STREAM_REPLACED } from './messages.js';
import { renderAnswer, renderAnswerSources, renderReport, renderSources, renderSummary } from './render.js';

export interface ConsoleChatOptions {
  bot: PolicyBot;
  input: Readable;
  output: Writable;
  /** Print tokens as an LLM streams them. */
  streaming?: boolean;
}

/**
 * A console chat: questions and slash commands, one per line, until /quit or end of input.
 * Earlier questions are kept as history so follow-ups ("and what did the jury decide?") work.
 */
export async function runConsoleChat({ bot, input, output, streaming = true }: ConsoleChatOptions): Promise<void> {
  const rl = createInterface({ input, terminal: false });
  const history: string[] = [];
  const print = (text: string) => output.write(`${text}\n`);
  print('policybot — ask about AI policy, or /help. /quit to leave.');
  output.write('> ');
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === '/quit' || line === '/exit') break;
    try {
      print(await respond(bot, line, history, streaming ? output : undefined));
    } catch (error) {
      const coded = asBotError(error);
      print(describeError(coded.code, coded.message));
    }
    output.write('> ');
  }
  rl.close();
}

async function respond(bot: PolicyBot, line: string, history: string[], stream?: Writable): Promise<string> {
  const [command, ...rest] = line.split(/\s+/);
  const argument = rest.join(' ');
  switch (command) {
    case '/help':
      return HELP_TEXT;
    case '/sources':
      return renderSources(await bot.listSources());
    case '/reindex':
      return renderReport(await bot.reindex());
    case '/summary':
      return renderSummary(await bot.summarize(argument));
    default:
      if (line.startsWith('/')) return `Unknown command ${command}. ${HELP_TEXT}`;
      return ask(bot, line, history, stream);
  }
}

async function ask(bot: PolicyBot, question: string, history: string[], stream?: Writable): Promise<string> {
  let streamed = '';
  let diverged = false;
  const onPartial = stream
    ? (soFar: string) => {
        // A terminal cannot take back what it printed: once a partial stops extending the text
        // shown so far, stop printing and let the final answer speak for itself.
        diverged ||= !soFar.startsWith(streamed);
        if (diverged) return;
        stream.write(soFar.slice(streamed.length));
        streamed = soFar;
      }
    : undefined;
  const result = await bot.ask(question, { history: [...history], onPartial });
  if (result.kind !== 'invalid') history.push(question);
  if (streamed === '') return renderAnswer(result);
  // What is on screen begins the answer (the core streams checked sentences and holds back the
  // last until the reply is complete): print the rest, then the sources. If the answer is not a
  // continuation (a fallback answer, say), show the checked one in full.
  const continues = result.kind === 'answer' && result.mode === 'llm' && !diverged && result.answer.startsWith(streamed);
  const rest = continues ? result.answer.slice(streamed.length) : undefined;
  stream?.write(`${rest ?? ''}\n\n`);
  if (rest !== undefined && result.kind === 'answer') return renderAnswerSources(result);
  return `${STREAM_REPLACED}\n${renderAnswer(result)}`;
}
