import { normalizeSpace } from './line-heuristics.js';
import { capitalised } from '../text/capitalised.js';

/** Metadata keys read from front matter or a sidecar, after validation. */
export interface MetaFields {
  title?: string;
  date?: string;
  urls?: string[];
  kind?: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;

/**
 * Picks `title`, `date`, `urls` and `kind` out of parsed YAML. YAML turns `2026-05-01` into a Date, so
 * dates are normalised to YYYY-MM-DD; a date that is not a real calendar date is dropped. `urls`
 * may be a list or one string (`url` is accepted as an alias).
 */
export function normalizeMeta(data: Record<string, unknown>): MetaFields {
  const fields: MetaFields = {};
  if (typeof data.title === 'string' && data.title.trim() !== '') fields.title = normalizeSpace(data.title);
  if (typeof data.kind === 'string' && data.kind.trim() !== '') fields.kind = normalizeSpace(data.kind);
  const date = normalizeDate(data.date);
  if (date) fields.date = date;
  const urls = [data.urls, data.url].flat().filter((u): u is string => typeof u === 'string' && u.trim() !== '');
  if (urls.length > 0) fields.urls = urls.map((u) => u.trim());
  return fields;
}

function normalizeDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const match = ISO_DATE.exec(value.trim());
  if (!match) return undefined;
  const iso = `${match[1]}-${match[2]}-${match[3]}`;
  const check = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(check.getTime()) && check.toISOString().startsWith(iso) ? iso : undefined;
}

/** "xai-openai_distillation-hearing.txt" → "Xai openai distillation hearing". */
export function humanizeFileName(source: string): string {
  const base = source.slice(source.lastIndexOf('/') + 1);
  const stem = base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base;
  const words = stem.replace(/[-_.]+/g, ' ').replace(/\s+/g, ' ').trim();
  return words === '' ? base : capitalised(words);
}
