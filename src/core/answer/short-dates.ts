import { MONTH_ABBREVIATIONS, MONTHS } from './answer-types.js';

// Not "Mar" ("mar 25 the finish") or "May" (words of their own), and only before a number: "dec"
// alone may be anything.
const SHORT_MONTHS = new Map(
  MONTH_ABBREVIATIONS.split('|')
    .filter((short) => short !== 'Mar')
    .map((short) => [short.toLowerCase(), MONTHS.split('|').find((month) => month.startsWith(short))!.toLowerCase()]),
);

const SHORT_DATE = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(${[...SHORT_MONTHS.keys()].join('|')})\.?\s*(['’])?(\d{1,2})(?![\p{L}\p{N}])`, 'giu');

/**
 * The question with the months chat cuts short ("jan 25", "Sept '25") written out, as the
 * documents write them. A month's abbreviation is no word any passage uses, and its number is
 * either a day or a year: "jan 25" about a January 2025 event is the year, which the documents
 * write "January 2025". The year is read when the passages say that month and year and never
 * that day.
 */
export function withShortDatesInFull(question: string, mentions?: (phrase: string) => boolean): string {
  return question.replace(SHORT_DATE, (_typed, short: string, apostrophe: string | undefined, number: string) => {
    const month = SHORT_MONTHS.get(short.toLowerCase())!;
    const year = `${month} 20${number.padStart(2, '0')}`;
    const asYear = apostrophe !== undefined || (number.length === 2 && mentions !== undefined && mentions(year) && !mentions(`${month} ${number}`));
    return asYear ? year : `${month} ${number}`;
  });
}
