import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { parseYaml } from './parse-yaml.js';

/** `knowledge/topics.yaml`: the topics a team summarises often, and what to search for each. */
export const TOPICS_FILE = 'topics.yaml';
/** `knowledge/names.yaml`: names people type that the documents never use. */
export const NAMES_FILE = 'names.yaml';
/** `knowledge/synonyms.yaml`: words and phrases people type that the documents put otherwise. */
export const SYNONYMS_FILE = 'synonyms.yaml';
/** Settings the team keeps beside its documents; they are read, never indexed. */
export const TEAM_FILES: readonly string[] = [TOPICS_FILE, NAMES_FILE, SYNONYMS_FILE];

/**
 * Reads one team file of a knowledge folder against its schema. A missing file gives `empty`; a
 * broken one gives `empty` and a `problem` naming what to fix, so a typo never stops the bot.
 */
export async function readTeamFile<T>(knowledgeDir: string, file: string, schema: z.ZodType<T>, empty: T): Promise<{ value: T; problem?: string }> {
  let text: string;
  try {
    text = await readFile(join(knowledgeDir, file), 'utf8');
  } catch {
    return { value: empty };
  }
  try {
    const parsed = schema.safeParse(parseYaml(text) ?? {});
    if (parsed.success) return { value: parsed.data };
    return { value: empty, problem: `${file} is ignored until it is fixed: ${z.prettifyError(parsed.error).replace(/\n\s*/g, ' ')}` };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { value: empty, problem: `${file} is ignored until it is fixed: it is not valid YAML (${reason})` };
  }
}

/** A name as the team files compare names: lower-cased, spaces collapsed, trimmed. */
export function normalizeName(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
