import type { AskResult, SummaryResult } from '../../../src/core/ports.js';

/**
 * What a reader sees of a rendered result, read back from a platform's payloads. Each renderer
 * under contract supplies a reader, so the shared suite can state its rules once for all of them.
 */
export interface SourceView {
  n: number;
  title: string;
  locator: string;
  source: string;
  /** The quoted passage as shown (possibly cut, ending with "…"). */
  quote: string;
}

export interface RenderedView {
  /** The answer's or the bullets' text, one entry per separately shown unit (section, message). Unescaped. */
  body: string[];
  /** One entry per shown citation. */
  sources: SourceView[];
  /** Everything visible (body, sources, notices, headings, lists), unescaped. */
  all: string;
  /** The platform limits the payloads break, checked independently of the renderer's own checks. */
  overLimits: string[];
}

/** A renderer as the contract suite drives it. */
export interface RendererUnderTest {
  name: string;
  ask(result: AskResult): RenderedView;
  summary(result: SummaryResult): RenderedView;
}

/** The `[n]` markers of each unit, in order; a marker torn across two units is not counted. */
export function markersIn(units: string[]): number[] {
  return units.flatMap((unit) => [...unit.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
}
