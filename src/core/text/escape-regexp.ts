/** The text as a regular expression that matches it literally: "D.C." matches "D.C.", not "DxC.". */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
