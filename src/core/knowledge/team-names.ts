import { z } from 'zod';
import { NAMES_FILE, readTeamFile } from './team-files.js';

/** Each name the documents use → the names people type for it ("OpenAI: [ChatGPT]"). */
const namesSchema = z.record(z.string().trim().min(1), z.array(z.string().trim().min(1)).min(1));

/** Lower-cased name people type → the name the documents use. */
export type TeamNames = ReadonlyMap<string, string>;

/**
 * Reads `knowledge/names.yaml`. No word list or thesaurus knows that a product stands for its
 * maker ("ChatGPT" for "OpenAI"); the team does.
 */
export async function loadTeamNames(knowledgeDir: string): Promise<{ names: TeamNames; problem?: string }> {
  const { value, problem } = await readTeamFile(knowledgeDir, NAMES_FILE, namesSchema, {});
  const names = new Map<string, string>();
  for (const [documentName, typed] of Object.entries(value)) for (const name of typed) names.set(normalize(name), documentName);
  return { names, problem };
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}
