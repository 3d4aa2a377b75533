const formatter = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' });

/** A moment as the dashboard shows it, in UTC so every merchant reads the same time: "1 Mar 2026, 10:00:00 UTC". */
export function formatTime(value: string | number): string {
  const date = typeof value === 'number' ? new Date(value * 1000) : new Date(value);
  return `${formatter.format(date)} UTC`;
}
