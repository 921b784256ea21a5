import type { KnowledgeFile } from '../knowledge/index.js';
import type { IndexManifest } from './index-manifest.js';

/** What a re-index has to do, by comparing the files on disk with the previous manifest. */
export interface ChangePlan {
  added: KnowledgeFile[];
  changed: KnowledgeFile[];
  unchanged: KnowledgeFile[];
  /** Sources indexed before whose files are gone. */
  removed: string[];
}

export function planChanges(files: KnowledgeFile[], previous: IndexManifest | undefined): ChangePlan {
  const known = previous?.documents ?? {};
  const plan: ChangePlan = { added: [], changed: [], unchanged: [], removed: [] };
  for (const file of files) {
    const entry = known[file.source];
    if (!entry) plan.added.push(file);
    else if (entry.hash !== file.hash) plan.changed.push(file);
    else plan.unchanged.push(file);
  }
  const present = new Set(files.map((f) => f.source));
  plan.removed = Object.keys(known).filter((source) => !present.has(source));
  return plan;
}
