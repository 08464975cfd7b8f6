/**
 * Deadlines from a service's promised time to complete (`standard.promisedWorkingDays`)
 * and from a complaint's LAPOR! stages, counted in working days, Monday to Friday, on
 * calendar days of the agency's time zone. Public holidays are not known and count as
 * working days. Pure functions on 'YYYY-MM-DD' days: the console shows time left with
 * them, the hub filters and answers Open311 with them, and a kiosk tells a citizen when
 * their complaint is due.
 */

/** Where the agency's working days begin and end (WIB); kiosks in other zones file on their own calendar day. */
export const AGENCY_TIME_ZONE = 'Asia/Jakarta';
export const AGENCY_UTC_OFFSET = '+07:00';

const DAY_MS = 86_400_000;
const toTime = (day: string) => Date.parse(`${day}T00:00:00Z`);
const toDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const isWeekend = (time: number) => [0, 6].includes(new Date(time).getUTCDay());

/** The calendar day it is now in the agency's time zone. */
export function agencyToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: AGENCY_TIME_ZONE }).format(now);
}

/**
 * The last day a request filed on `filedOn` may be finished: `days` working days later
 * (0: the same day). A request filed at the weekend starts counting on Monday.
 */
export function deadlineOf(filedOn: string, days: number): string {
  let time = toTime(filedOn);
  while (isWeekend(time)) time += DAY_MS;
  for (let left = days; left > 0;) {
    time += DAY_MS;
    if (!isWeekend(time)) left--;
  }
  return toDay(time);
}

/** Working days from `today` to `deadline`: 0 on the day itself, negative once it has passed. */
export function workingDaysLeft(deadline: string, today: string): number {
  const [from, to, sign] = today <= deadline ? [today, deadline, 1] : [deadline, today, -1];
  let count = 0;
  for (let time = toTime(from) + DAY_MS; time <= toTime(to); time += DAY_MS) if (!isWeekend(time)) count++;
  // Past the deadline, the weekend after it does not make a request less late.
  return sign * (sign < 0 ? Math.max(count, 1) : count);
}

/** The latest filing day whose deadline is before `today`: requests filed on or before it are overdue. */
export function lastOverdueFilingDay(today: string, days: number): string {
  let time = toTime(today) - DAY_MS;
  while (deadlineOf(toDay(time), days) >= today) time -= DAY_MS;
  return toDay(time);
}
