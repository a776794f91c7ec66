/** Dates and counts as a UK reader expects them. */
const DATE_TIME = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

export function formatDateTime(ms: number): string {
  return DATE_TIME.format(new Date(ms));
}

export function formatDate(ms: number): string {
  return DATE.format(new Date(ms));
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
