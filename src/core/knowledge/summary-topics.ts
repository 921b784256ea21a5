import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { parseYaml } from './parse-yaml.js';

/** `knowledge/topics.yaml`: the topics a team summarises often, and what to search for each. */
export const TOPICS_FILE = 'topics.yaml';

const topicsSchema = z.record(
  z.string(),
  z.object({ aliases: z.array(z.string()).default([]), search: z.string().min(1), heading: z.string().optional() }),
);

export interface SummaryTopic {
  name: string;
  heading: string;
  /** Lower-cased name and aliases. */
  names: string[];
  search: string;
}

/**
 * Reads the topics file of a knowledge folder. A missing file means no named topics; a broken
 * one is reported through `problem` and ignored, so a typo never stops the bot.
 */
export async function loadSummaryTopics(knowledgeDir: string): Promise<{ topics: SummaryTopic[]; problem?: string }> {
  let text: string;
  try {
    text = await readFile(join(knowledgeDir, TOPICS_FILE), 'utf8');
  } catch {
    return { topics: [] };
  }
  try {
    const parsed = topicsSchema.parse(parseYaml(text) ?? {});
    const topics = Object.entries(parsed).map(([name, t]) => ({
      name,
      heading: t.heading ?? name.charAt(0).toUpperCase() + name.slice(1),
      names: [name, ...t.aliases].map(normalize),
      search: t.search,
    }));
    return { topics };
  } catch (error) {
    return { topics: [], problem: `${TOPICS_FILE} could not be read and is ignored: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  }
}

/** The topic a request names, by name or alias, ignoring case and extra spaces. */
export function findTopic(topics: SummaryTopic[], request: string): SummaryTopic | undefined {
  const wanted = normalize(request);
  return topics.find((t) => t.names.includes(wanted));
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
