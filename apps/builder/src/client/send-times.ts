/** Times of scheduled sends in the browser: always in the person's own time zone, and saying which. */

const pad = (n: number) => String(n).padStart(2, "0");

/** The browser's time zone: its name ("America/New_York") and short form at `at` ("EDT"). */
export function localTimeZone(at: Date = new Date()): { name: string; short: string } {
  const name = Intl.DateTimeFormat().resolvedOptions().timeZone ?? "";
  const short =
    new Intl.DateTimeFormat("en-US", { timeZoneName: "short" })
      .formatToParts(at)
      .find((part) => part.type === "timeZoneName")?.value ?? "";
  return { name, short };
}

/** "Fri, Sep 10, 2027, 9:00 AM EDT": a moment in the browser's time zone, naming the zone. */
export function formatLocalTime(iso: string): string {
  return new Date(iso).toLocaleString("en-US", {
    weekday: "short",
    month: "short",
    day: "numeric",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  });
}

/** A `datetime-local` input's value for a moment, in the browser's time zone ("2027-09-10T09:00"). */
export function localInputValue(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * A `datetime-local` value as an ISO time with the browser's offset from UTC ("2027-09-10T09:00-04:00"),
 * or undefined when it is not a time. Written from the moment the browser makes of it, so a time that
 * does not exist on the clock (the hour skipped when summer time starts) is the moment it moves to.
 */
export function withOffset(local: string): { iso: string; date: Date } | undefined {
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(local)) return undefined;
  const date = new Date(local);
  if (Number.isNaN(date.getTime())) return undefined;
  const east = -date.getTimezoneOffset();
  const offset = `${east >= 0 ? "+" : "-"}${pad(Math.floor(Math.abs(east) / 60))}:${pad(Math.abs(east) % 60)}`;
  return { iso: `${localInputValue(date)}${offset}`, date };
}
