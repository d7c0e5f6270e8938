/**
 * Dates in a tokenised sentence: years, months, seasons and relative expressions ("last autumn", "March of last year",
 * "a year ago") resolved against the page's date when one is given.
 */

/** A date mention; months are 1–12, a season is a set of months. */
export interface DateMention {
  year: number | null;
  /** Months the mention may refer to (one for "March", three for "spring"); empty when only a year is known. */
  months: number[];
  start: number;
  end: number;
  text: string;
}

const MONTHS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    january: 1,
    jan: 1,
    february: 2,
    feb: 2,
    march: 3,
    mar: 3,
    april: 4,
    apr: 4,
    may: 5,
    june: 6,
    jun: 6,
    july: 7,
    jul: 7,
    august: 8,
    aug: 8,
    september: 9,
    sep: 9,
    sept: 9,
    october: 10,
    oct: 10,
    november: 11,
    nov: 11,
    december: 12,
    dec: 12,
  }),
);
const SEASONS: ReadonlyMap<string, number[]> = new Map(
  Object.entries({
    spring: [3, 4, 5],
    summer: [6, 7, 8],
    fall: [9, 10, 11],
    autumn: [9, 10, 11],
    winter: [12, 1, 2],
  }),
);

/** Parses an ISO date prefix "2025-01-30…" into year and month. */
function parseIso(date: string | null | undefined): { year: number; month: number } | null {
  const m = /^(\d{4})-(\d{2})/.exec(date ?? '');
  return m ? { year: Number(m[1]), month: Number(m[2]) } : null;
}

/**
 * Finds date mentions. `tokens` are lower-case; `isCapitalised[i]` tells whether the token was capitalised in the text
 * (so "may" the verb is not May the month, "fall" the verb not a season unless "the fall" / "in fall").
 */
export function extractDates(tokens: readonly string[], isCapitalised: readonly boolean[], pageDate?: string | null): DateMention[] {
  const page = parseIso(pageDate);
  const out: DateMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    const prev = tokens[i - 1] ?? '';
    const next = tokens[i + 1] ?? '';
    if (/^(1[6-9]|20)\d\d$/.test(t)) {
      // a year not already eaten by a month/season mention
      const last = out[out.length - 1];
      if (last && last.end > i) continue;
      out.push({ year: Number(t), months: [], start: i, end: i + 1, text: t });
      continue;
    }
    let months: number[] | null = null;
    if (
      MONTHS.has(t) &&
      (isCapitalised[i] || t.length > 3) &&
      !(t === 'may' && !isCapitalised[i]) &&
      !(t === 'march' && !isCapitalised[i])
    ) {
      months = [MONTHS.get(t) ?? 0];
    } else if (SEASONS.has(t) && (t !== 'fall' || ['the', 'in', 'last', 'this', 'next', 'of'].includes(prev))) {
      months = SEASONS.get(t) ?? null;
    }
    if (months) {
      let year: number | null = null;
      let end = i + 1;
      let start = i;
      if (/^(1[6-9]|20)\d\d$/.test(next)) {
        year = Number(next);
        end = i + 2;
      } else if (next === 'of' && /^(1[6-9]|20)\d\d$/.test(tokens[i + 2] ?? '')) {
        year = Number(tokens[i + 2]);
        end = i + 3;
      } else if (next === ',' && /^(1[6-9]|20)\d\d$/.test(tokens[i + 2] ?? '')) {
        year = Number(tokens[i + 2]);
        end = i + 3;
      } else if (next === 'of' && ['last', 'this', 'next'].includes(tokens[i + 2] ?? '') && tokens[i + 3] === 'year') {
        if (page) year = page.year + (tokens[i + 2] === 'last' ? -1 : tokens[i + 2] === 'next' ? 1 : 0);
        end = i + 4;
      } else if (['last', 'this', 'next'].includes(prev) && page) {
        start = i - 1;
        const m0 = months[0] ?? 1;
        if (prev === 'last') year = m0 < page.month ? page.year : page.year - 1;
        else if (prev === 'next') year = m0 > page.month ? page.year : page.year + 1;
        else year = page.year;
        // a winter that starts in December belongs to the year it starts
      }
      out.push({ year, months, start, end, text: tokens.slice(start, end).join(' ') });
      continue;
    }
    if (t === 'year' && ['last', 'this', 'next'].includes(prev) && tokens[i - 2] !== 'of') {
      out.push({
        year: page ? page.year + (prev === 'last' ? -1 : prev === 'next' ? 1 : 0) : null,
        months: [],
        start: i - 1,
        end: i + 1,
        text: `${prev} year`,
      });
    } else if (t === 'ago' && prev === 'year' && (tokens[i - 2] === 'a' || tokens[i - 2] === 'one')) {
      out.push({ year: page ? page.year - 1 : null, months: page ? [page.month] : [], start: i - 2, end: i + 1, text: 'a year ago' });
    }
  }
  return out;
}

/** 1 when two mentions can be the same time, -1 when they cannot, 0 when they do not say enough to tell. */
export function compareDates(a: DateMention, b: DateMention): 1 | 0 | -1 {
  if (a.year !== null && b.year !== null && a.year !== b.year) {
    // a winter spans two years
    return -1;
  }
  if (a.months.length > 0 && b.months.length > 0) {
    const overlap = a.months.some((m) => b.months.includes(m));
    if (!overlap) return -1;
    return a.year !== null && b.year !== null ? 1 : 0;
  }
  if (a.year !== null && b.year !== null) return 1;
  return 0;
}
