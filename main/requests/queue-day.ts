const dayFormats = new Map<string, Intl.DateTimeFormat>();
const MINUTE_MS = 60_000;
/** The last answer per zone: every zone changes date on a whole minute, so it holds for that minute. */
const lastDay = new Map<string, { minute: number; day: string }>();

/**
 * The calendar day a queue number belongs to, in the kiosk's own time zone: queues
 * restart at local midnight, not at midnight UTC (07:00 in Jakarta).
 */
export function queueDay(at: Date, timeZone: string): string {
  const minute = Math.floor(at.getTime() / MINUTE_MS);
  const last = lastDay.get(timeZone);
  if (last?.minute === minute) return last.day;
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  const day = format.format(at);
  lastDay.set(timeZone, { minute, day });
  return day;
}

export function formatQueueNumber(counter: string, number: number): string {
  return `${counter}-${String(number).padStart(3, '0')}`;
}
