import matter from 'gray-matter';
import { UnreadableFileError } from '../errors.js';
import type { ReadContext } from './read-result.js';

// gray-matter evaluates `---js` front matter with eval(); knowledge files are untrusted input.
const refuseCode = (): never => {
  throw new Error('front matter must be YAML, not code');
};
const MATTER_OPTIONS = { engines: { js: refuseCode, javascript: refuseCode, coffee: refuseCode, coffeescript: refuseCode } };

// gray-matter exposes its YAML engine at runtime but not in its typings.
const yamlEngine = (matter as unknown as { engines: { yaml: { parse(text: string): unknown } } }).engines.yaml;

/** Splits YAML front matter from a Markdown body. A file without front matter gives `{}`. */
export function parseFrontMatter(text: string, context: ReadContext): { data: Record<string, unknown>; content: string } {
  try {
    // Passing options also stops gray-matter caching every file's content in a global map.
    const parsed = matter(text, MATTER_OPTIONS);
    return { data: asRecord(parsed.data), content: parsed.content };
  } catch (error) {
    throw new UnreadableFileError(
      context.source,
      'corrupt',
      `has front matter that cannot be read (${firstLine(error)}); fix the YAML between the --- lines`,
      { cause: error },
    );
  }
}

/** Parses a sidecar `.meta.yaml` file; `sidecarName` is used in the error a person sees. */
export function parseSidecar(text: string, context: ReadContext, sidecarName: string): Record<string, unknown> {
  try {
    return asRecord(yamlEngine.parse(text));
  } catch (error) {
    throw new UnreadableFileError(
      context.source,
      'corrupt',
      `has a metadata file ${sidecarName} that is not valid YAML (${firstLine(error)}); fix or remove it`,
      { cause: error },
    );
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)
    ? (value as Record<string, unknown>)
    : {};
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 200);
}

/** Parses a YAML document (a config file such as topics.yaml); throws the parser's error. */
export function parseYaml(text: string): unknown {
  return yamlEngine.parse(text);
}
