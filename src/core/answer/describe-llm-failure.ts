import type { LlmError } from '../errors.js';

/**
 * The short note shown with what stands in for a failed LLM answer: the extractive answer, or
 * the decline when the documents' words alone don't cover the question well enough.
 */
export function describeLlmFailure(error: LlmError, standIn: 'answer' | 'declined' = 'answer'): string {
  const fallback = standIn === 'answer' ? 'so this answer quotes the documents directly' : 'and the documents’ own words don’t clearly answer this';
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
