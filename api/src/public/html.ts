import { createHash } from 'node:crypto';
import type { FastifyReply } from 'fastify';

/** Markup that is already escaped; anything else interpolated into `html` is escaped. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'`=]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function render(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/** Tagged template for the public pages: every value is escaped unless it is SafeHtml. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

const css = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f4f5f7;color:#1b1f24;line-height:1.5}
main{max-width:44rem;margin:2rem auto;background:#fff;padding:2rem;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
h1{font-size:1.6rem;margin-top:0}h2{font-size:1.15rem;margin-top:2rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.35rem 1rem}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #dde1e6}
form{display:inline-block;margin:1rem 1rem 0 0}
button{font:inherit;padding:.6rem 1.1rem;border-radius:6px;border:1px solid #1c5ea8;background:#1c5ea8;color:#fff;cursor:pointer}
button.danger{background:#b3261e;border-color:#b3261e}button.secondary{background:#fff;color:#1c5ea8}
button:focus-visible,a:focus-visible{outline:3px solid #f0a000;outline-offset:2px}
.note{color:#4a5360;font-size:.95rem}footer{max-width:44rem;margin:0 auto 2rem;color:#4a5360;font-size:.85rem;padding:0 2rem}
`;
const cssHash = createHash('sha256').update(css).digest('base64');

/**
 * Headers for a page opened from an emailed link: the token in its URL must not leak through
 * Referer to another site or into a cache, nothing may frame it, and only its own inline
 * style and same-origin form posts are allowed. (`same-origin`, not `no-referrer`: the latter
 * makes browsers send `Origin: null` on the page's own form posts.)
 */
function setPageHeaders(reply: FastifyReply): FastifyReply {
  return reply
    .header('Content-Type', 'text/html; charset=utf-8')
    .header('Cache-Control', 'no-store')
    .header('Referrer-Policy', 'same-origin')
    .header('X-Content-Type-Options', 'nosniff')
    .header('X-Frame-Options', 'DENY')
    .header('Content-Security-Policy', `default-src 'none'; style-src 'sha256-${cssHash}'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`);
}

/** A small Norwegian page with inline CSS (no scripts), sent with the headers above. */
export function sendPage(reply: FastifyReply, status: number, title: string, body: SafeHtml): FastifyReply {
  const page = html`<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} – Aprimo Rådgivning AS</title>
<style>${new SafeHtml(css)}</style>
</head>
<body>
<main>
<h1>${title}</h1>
${body}
</main>
<footer>Aprimo Rådgivning AS · Personvern</footer>
</body>
</html>`;
  return setPageHeaders(reply).code(status).send(page.value);
}

/** Expired, used-up or tampered links all get the same page, with no data. */
export function sendInvalidLinkPage(reply: FastifyReply, status: 400 | 410): FastifyReply {
  return sendPage(
    reply,
    status,
    'Lenken er ugyldig eller utløpt',
    html`<p>Lenken du brukte er ugyldig, allerede brukt eller utløpt.</p>
<p class="note">Be om en ny lenke fra nettsiden vår, eller ta kontakt med oss om du trenger hjelp.</p>`,
  );
}
