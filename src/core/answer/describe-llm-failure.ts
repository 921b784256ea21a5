import type { LlmError } from '../errors.js';

/** The short note shown above an extractive answer that stands in for a failed LLM answer. */
export function describeLlmFailure(error: LlmError): string {
  const fallback = 'so this answer quotes the documents directly';
  switch (error.kind) {
    case 'timeout':
      return `The AI model did not answer in time, ${fallback}.`;
    case 'rate_limited':
      return `The AI model is busy right now, ${fallback}.`;
    case 'bad_response':
      return `The AI model’s answer could not be matched to the sources, ${fallback}.`;
    case 'server_error':
    case 'unreachable':
      return `The AI model is unavailable, ${fallback}.`;
  }
}
