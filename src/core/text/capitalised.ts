/** The text with its first letter a capital: "judge" → "Judge", "xai openai" → "Xai openai". */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
