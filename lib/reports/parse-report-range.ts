// The report's date range from query parameters: presets or from/to days in the report time zone, with clear errors.
import { addDays, daysBetween, zonedDate, zonedDayStart } from './zoned-time';

export const PRESETS = ['mtd', '7d', '30d', '90d', 'ytd', 'custom'] as const;
export type Preset = (typeof PRESETS)[number];

export type DayRange = { from: string; to: string; start: Date; end: Date; days: number };
export type ReportRange = DayRange & { preset: Preset; timeZone: string; previous: DayRange };
export type RangeResult = { ok: true; range: ReportRange } | { ok: false; field: string; message: string };

const MAX_YEARS = 5;
// Days whose start, end and previous period are instants both JavaScript and PostgreSQL write the same way.
const FIRST_DAY = '1900-01-01';
const LAST_DAY = '9998-12-31';

function isRealDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function dayRange(from: string, to: string, timeZone: string): DayRange {
  return { from, to, start: zonedDayStart(from, timeZone), end: zonedDayStart(addDays(to, 1), timeZone), days: daysBetween(from, to) };
}

export function parseReportRange(options: { preset?: string; from?: string; to?: string; timeZone: string; now: Date }): RangeResult {
  const { timeZone, now } = options;
  const today = zonedDate(now, timeZone);
  const preset = (options.preset || (options.from || options.to ? 'custom' : '30d')) as Preset;
  if (!PRESETS.includes(preset)) return { ok: false, field: 'range', message: `Unknown range "${options.preset}": use mtd, 7d, 30d, 90d, ytd or custom.` };

  let from: string;
  let to: string;
  if (preset === 'custom') {
    if (!options.from || !options.to) return { ok: false, field: options.from ? 'to' : 'from', message: 'Give both a start and an end date (YYYY-MM-DD).' };
    for (const [field, value] of [['from', options.from], ['to', options.to]] as const) {
      if (!isRealDay(value)) return { ok: false, field, message: `"${value}" is not a date: use YYYY-MM-DD, e.g. ${today}.` };
      if (value < FIRST_DAY || value > LAST_DAY) return { ok: false, field, message: `Choose a date from ${FIRST_DAY} to ${LAST_DAY}.` };
    }
    from = options.from;
    to = options.to;
  } else {
    to = today;
    from = preset === 'ytd' ? `${today.slice(0, 4)}-01-01` : preset === 'mtd' ? `${today.slice(0, 7)}-01` : addDays(today, 1 - Number(preset.replace('d', '')));
  }
  if (from > to) return { ok: false, field: 'from', message: `The start date (${from}) is after the end date (${to}).` };
  const limit = `${Number(to.slice(0, 4)) - MAX_YEARS}${to.slice(4)}`;
  if (from < limit) return { ok: false, field: 'from', message: `The range is longer than ${MAX_YEARS} years: choose a start on or after ${limit}.` };

  const range = dayRange(from, to, timeZone);
  const previousTo = addDays(from, -1);
  const previous = dayRange(addDays(previousTo, 1 - range.days), previousTo, timeZone);
  return { ok: true, range: { ...range, preset, timeZone, previous } };
}
