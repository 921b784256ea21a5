/**
 * Months as chat cuts them ("jan 25", "Sept '25"), as the documents write them. A month's
 * abbreviation is no word any passage uses, and its number is either a day or a year: "jan 25"
 * about a January 2025 event is the year, which the documents write "January 2025". The year is
 * read when the passages say the month and year and never the day.
 */
const MONTHS: Record<string, string> = {
  jan: 'january', feb: 'february', apr: 'april', jun: 'june', jul: 'july', aug: 'august',
  sep: 'september', sept: 'september', oct: 'october', nov: 'november', dec: 'december',
};

// Not "Mar" or "May" (words of their own), and only before a number: "dec" alone may be anything.
const SHORT_DATE = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(${Object.keys(MONTHS).join('|')})\.?\s*(['’])?(\d{1,2})(?![\p{L}\p{N}])`, 'giu');

/** The question with its cut months written out, and a two-digit year in full where the passages so write it. */
export function withShortDatesInFull(question: string, mentions?: (phrase: string) => boolean): string {
  return question.replace(SHORT_DATE, (_typed, short: string, apostrophe: string | undefined, number: string) => {
    const month = MONTHS[short.toLowerCase()]!;
    const year = `${month} 20${number.padStart(2, '0')}`;
    const asYear = apostrophe !== undefined || (number.length === 2 && mentions !== undefined && mentions(year) && !mentions(`${month} ${number}`));
    return asYear ? year : `${month} ${number}`;
  });
}
