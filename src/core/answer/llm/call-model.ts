import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { BaseMessage } from '@langchain/core/messages';
import { LlmError } from '../../errors.js';
import { toLlmError } from './to-llm-error.js';

export interface CallModelOptions {
  model: BaseChatModel;
  messages: BaseMessage[];
  /**
   * Without streaming, the whole reply must arrive within this. When streaming, it is the
   * longest wait for the first token and between tokens, so a long answer that keeps coming is
   * not cut off while a stalled one is.
   */
  timeoutMs: number;
  /** When given, the reply is streamed and this is called with the text so far after each chunk. */
  onText?: (textSoFar: string) => void;
  /** The caller's own cancellation (e.g. the user left); its reason is rethrown as is. */
  signal?: AbortSignal;
}

/**
 * Sends the messages and returns the reply text. The deadline (see `timeoutMs`) is enforced
 * here, not left to the clients: its signal is passed to LangChain, and the call is also raced
 * against it, because ChatOllama only checks the signal between stream chunks and would
 * otherwise wait forever on a server that never sends the first one. Every failure of the call
 * becomes an `LlmError`; an abort by the caller's own signal rejects with that signal's reason.
 */
export async function callModel(options: CallModelOptions): Promise<string> {
  const { model, timeoutMs, onText } = options;
  const modelId = describeModel(model);
  const deadline = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const rearm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => deadline.abort(new LlmError(modelId, 'timeout', `nothing received for ${timeoutMs} ms`)), timeoutMs);
  };
  rearm();
  const signal = options.signal ? AbortSignal.any([options.signal, deadline.signal]) : deadline.signal;
  const onChunk =
    onText &&
    ((text: string) => {
      rearm();
      onText(text);
    });
  const call = onChunk ? streamText(model, options.messages, signal, onChunk) : invokeText(model, options.messages, signal);
  // If the race is lost to the deadline, the call may still reject later; nothing waits for it.
  call.catch(() => undefined);
  try {
    const text = await Promise.race([call, rejectOnAbort(signal)]);
    if (text.trim() === '') throw new LlmError(modelId, 'bad_response', 'the model returned an empty reply');
    return text;
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    if (deadline.signal.aborted) throw deadline.signal.reason;
    throw toLlmError(error, modelId);
  } finally {
    clearTimeout(timer);
  }
}

/** A short name for messages: the model name the client was configured with, else its class. */
export function describeModel(model: BaseChatModel): string {
  const name = (model as unknown as { model?: unknown }).model;
  return typeof name === 'string' && name !== '' ? `${model._llmType()}:${name}` : model.getName();
}

async function invokeText(model: BaseChatModel, messages: BaseMessage[], signal: AbortSignal): Promise<string> {
  const reply = await model.invoke(messages, { signal });
  return reply.text;
}

async function streamText(model: BaseChatModel, messages: BaseMessage[], signal: AbortSignal, onText: (textSoFar: string) => void): Promise<string> {
  let text = '';
  for await (const chunk of await model.stream(messages, { signal })) {
    if (signal.aborted) break;
    if (chunk.text === '') continue;
    text += chunk.text;
    try {
      onText(text);
    } catch {
      // A failed chat update (e.g. a platform rate limit) must not cost the answer itself.
    }
  }
  return text;
}

function rejectOnAbort(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    else signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}
