import { z } from 'zod';
import { normalizeName, readTeamFile, TOPICS_FILE } from './team-files.js';
import { capitalised } from '../text/capitalised.js';

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

/** Reads `knowledge/topics.yaml`: the topics a team summarises often, and what to search for each. */
export async function loadSummaryTopics(knowledgeDir: string): Promise<{ topics: SummaryTopic[]; problem?: string }> {
  const { value, problem } = await readTeamFile(knowledgeDir, TOPICS_FILE, topicsSchema, {});
  const topics = Object.entries(value).map(([name, t]) => ({
    name,
    heading: t.heading ?? capitalised(name),
    names: [name, ...t.aliases].map(normalizeName),
    search: t.search,
  }));
  return { topics, problem };
}

/** The topic a request names, by name or alias, ignoring case and extra spaces. */
export function findTopic(topics: SummaryTopic[], request: string): SummaryTopic | undefined {
  const wanted = normalizeName(request);
  return topics.find((t) => t.names.includes(wanted));
}
