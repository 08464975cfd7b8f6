const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day a queue number belongs to, in the kiosk's own time zone: queues
 * restart at local midnight, not at midnight UTC (07:00 in Jakarta).
 */
export function queueDay(at: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(at);
}

export function formatQueueNumber(counter: string, number: number): string {
  return `${counter}-${String(number).padStart(3, '0')}`;
}
