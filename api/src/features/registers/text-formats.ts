/** Escaping for the documents this area renders: HTML, CSV (RFC 4180) and Markdown. */

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => htmlEntities[c] ?? c);

/**
 * One CSV cell. A cell a spreadsheet would read as a formula (=, +, -, @, and the tab and
 * carriage return OWASP adds) gets a leading apostrophe; a cell with a comma, quote or line
 * break is quoted, quotes doubled (RFC 4180).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows joined by CRLF, as RFC 4180 says, ending with one. */
export const csvDocument = (rows: readonly (readonly string[])[]) => rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';

/** Markdown text: every ASCII punctuation that could start markup is backslash-escaped (CommonMark). */
export const escapeMarkdown = (text: string) => text.replace(/[\\`*_{}[\]()#+\-.!|<>~&"']/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');

/** A link target for Markdown: only https, inside <…> with the characters that could end it encoded. */
export const markdownUrl = (url: string) => `<${url.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>`;

/** Links are rendered only for https addresses (the database allows nothing else either). */
export const isSafeLink = (url: string | null): url is string => url !== null && /^https:\/\/[^\s]+$/.test(url) && URL.canParse(url);

const osloDate = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', day: 'numeric', month: 'long', year: 'numeric' });
export const norwegianDate = (date: Date) => osloDate.format(date);
