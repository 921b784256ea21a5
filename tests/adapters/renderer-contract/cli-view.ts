import type { RenderedView, SourceView } from './rendered-view.js';

/**
 * Reads the console's plain text back into what a reader sees: the text before "Sources:", then
 * one `[n] Title — source, locator` line per citation with its quote on the next line. A
 * terminal has no size limits.
 */
export function cliView(text: string): RenderedView {
  const at = text.indexOf('\n\nSources:\n');
  const body = at === -1 ? text : text.slice(0, at);
  const sources = at === -1 ? [] : text.slice(at + '\n\nSources:\n'.length).split(/\n(?=\[\d+\] )/).map(readSource);
  return { body: [body], sources, all: text, overLimits: [] };
}

function readSource(entry: string): SourceView {
  const head = /^\[(\d+)\] (.*?) — (.*?), (.*)\n {4}“([\s\S]*)”$/.exec(entry);
  if (!head) throw new Error(`not a source entry: ${JSON.stringify(entry)}`);
  return { n: Number(head[1]), title: head[2]!, source: head[3]!, locator: head[4]!, quote: head[5]! };
}
