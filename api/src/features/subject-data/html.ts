/**
 * Auto-escaping HTML templates: every value interpolated into `html\`...\`` is escaped unless it
 * is itself the result of `html` (already safe markup). User data can only reach the page as
 * text, never as markup, and no call site has to remember to escape.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Markup written in this code base (e.g. the style sheet constant): never pass user data. */
export const trustedHtml = (markup: string) => new SafeHtml(markup);

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** The OWASP set for text and quoted attribute values. */
export const escapeHtml = (text: string) => text.replace(/[&<>"'`]/g, (c) => entities[c] ?? c);

type Value = SafeHtml | string | number | null | undefined | false | readonly Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  return new SafeHtml(strings.reduce((out, part, i) => out + part + (i < values.length ? render(values[i] as Value) : ''), ''));
}
