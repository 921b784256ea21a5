import type { RenderedView, SourceView } from './rendered-view.js';

/**
 * Reads Slack messages (`{ text, blocks }`, as rendered or as recorded by the fake Web API) back
 * into what a reader sees, and checks them against Slack's documented Block Kit limits.
 */
export const SLACK_MAX = {
  blocks: 50,
  sectionText: 3000,
  contextElements: 10,
  contextText: 3000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  messageText: 40_000,
} as const;

export interface SlackPayload {
  text?: string;
  blocks?: any[];
}

export function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

export function slackView(messages: SlackPayload[]): RenderedView {
  const body: string[] = [];
  const sources: SourceView[] = [];
  const all: string[] = [];
  for (const message of messages) {
    const blocks = message.blocks ?? [];
    if (blocks.length === 0 && message.text) body.push(unescapeSlack(message.text));
    for (const block of blocks) {
      const shown = blockText(block);
      all.push(...shown.map(unescapeSlack));
      if (block.type !== 'section') continue;
      const source = readSource(block.text.text);
      if (source) sources.push(source);
      else if (block.text.text !== '*Sources*' && !block.text.text.startsWith('*Closest documents:*')) body.push(unescapeSlack(block.text.text));
    }
    if (blocks.length === 0 && message.text) all.push(unescapeSlack(message.text));
  }
  return { body, sources, all: all.join('\n'), overLimits: messages.flatMap((m, i) => slackLimitProblems(m).map((p) => `message ${i}: ${p}`)) };
}

function blockText(block: any): string[] {
  switch (block.type) {
    case 'section':
    case 'header':
      return [block.text.text];
    case 'context':
      return block.elements.map((e: any) => e.text ?? '');
    default:
      return [];
  }
}

/** `*[n] Title*` / `_Locator_ · \`source\`` / `> quote`, as a citation block shows it. */
function readSource(text: string): SourceView | undefined {
  const [head = '', where = '', ...quote] = text.split('\n');
  const title = /^\*\[(\d+)\] (.*)\*$/.exec(head);
  if (!title) return undefined;
  const place = /^(?:_(.*)_ · )?`(.*)`$/.exec(where);
  return {
    n: Number(title[1]),
    title: unescapeSlack(title[2]!),
    locator: unescapeSlack(place?.[1] ?? ''),
    source: unescapeSlack(place?.[2] ?? ''),
    quote: unescapeSlack(quote.join('\n').replace(/^> /, '')),
  };
}

export function slackLimitProblems(message: SlackPayload): string[] {
  const problems: string[] = [];
  const over = (what: string, length: number, max: number) => length > max && problems.push(`${what} ${length} > ${max}`);
  over('text', message.text?.length ?? 0, SLACK_MAX.messageText);
  const blocks = message.blocks ?? [];
  over('blocks', blocks.length, SLACK_MAX.blocks);
  for (const block of blocks) {
    if (block.type === 'section') over('section text', block.text.text.length, SLACK_MAX.sectionText);
    if (block.type === 'header') over('header text', block.text.text.length, SLACK_MAX.headerText);
    if (block.type === 'context') {
      over('context elements', block.elements.length, SLACK_MAX.contextElements);
      for (const e of block.elements) over('context text', e.text.length, SLACK_MAX.contextText);
    }
    if (block.type === 'actions') {
      for (const e of block.elements) {
        over('button text', e.text.text.length, SLACK_MAX.buttonText);
        over('button value', e.value?.length ?? 0, SLACK_MAX.buttonValue);
        over('action_id', e.action_id?.length ?? 0, SLACK_MAX.actionId);
      }
    }
  }
  return problems;
}
