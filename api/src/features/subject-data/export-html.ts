import type { SubjectExport } from './export.ts';
import { html, trustedHtml, type SafeHtml } from './html.ts';

/** The printable access document, in Norwegian bokmål with Oslo dates. Self-contained: inline CSS, no scripts. */

const dateTime = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', dateStyle: 'long', timeStyle: 'short' });
// Calendar dates (YYYY-MM-DD) have no time zone: shown as written.
const calendarDate = new Intl.DateTimeFormat('nb-NO', { timeZone: 'UTC', dateStyle: 'long' });
const integer = new Intl.NumberFormat('nb-NO');

const when = (value: Date | null) => (value ? dateTime.format(value) : '—');
const day = (value: string | null) => (value ? calendarDate.format(new Date(`${value}T00:00:00Z`)) : '—');
const text = (value: string | null | undefined) => (value === null || value === undefined || value === '' ? '—' : value);

const words: Record<string, string> = {
  candidate_registry: 'Registrering i kandidatregisteret',
  share_with_client: 'Deling av CV med kunde',
  newsletter: 'Nyhetsbrev',
  web_analytics: 'Nettstatistikk',
  advertising: 'Annonsering',
  granted: 'Gitt',
  withdrawn: 'Trukket tilbake',
  web_form: 'Skjema på nettstedet',
  email: 'E-post',
  phone: 'Telefon',
  in_person: 'Personlig oppmøte',
  added_by_partner: 'Registrert av partner',
  self_registered: 'Registrert selv',
  active: 'Aktiv',
  placed: 'Plassert',
  inactive: 'Inaktiv',
  pending: 'Venter på bekreftelse',
  incoming: 'Innkommende',
  outgoing: 'Utgående',
  access: 'Innsyn',
  rectification: 'Retting',
  supplement: 'Supplering',
  erasure: 'Sletting',
  restriction: 'Begrensning',
  portability: 'Dataportabilitet',
  objection: 'Protest',
  received: 'Mottatt',
  identity_verified: 'Identitet bekreftet',
  in_progress: 'Under behandling',
  completed: 'Fullført',
  refused: 'Avslått',
  partner: 'Partner',
  staff: 'Medarbeider',
  auditor: 'Revisor',
};
const word = (value: string | null) => (value ? (words[value] ?? value) : '—');

const css = `
body{font:11pt/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;max-width:60rem;margin:2rem auto;padding:0 1.5rem}
h1{font-size:1.7rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:2px solid #1f4e79;padding-bottom:.2rem;break-after:avoid}
h3{font-size:1rem;margin:1rem 0 .3rem}.lead{color:#444}.empty{color:#666;font-style:italic}
table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem;font-size:.95em}th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #ddd}
th{background:#f2f5f9;font-weight:600}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}
.pre{white-space:pre-wrap}@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}`;

function table(headings: string[], rows: (string | SafeHtml)[][]): SafeHtml {
  if (!rows.length) return html`<p class="empty">Ingen registrerte opplysninger.</p>`;
  return html`<table><thead><tr>${headings.map((h) => html`<th>${h}</th>`)}</tr></thead><tbody>${rows.map(
    (row) => html`<tr>${row.map((cell) => html`<td>${cell}</td>`)}</tr>`,
  )}</tbody></table>`;
}

/** Form, statement version, anonymised IP and note, as one readable cell. */
function evidenceOf(evidence: SubjectExport['consentEvents'][number]['evidence']): string {
  const parts = [
    evidence.form,
    evidence.statementVersion ? `personvernerklæring ${evidence.statementVersion}` : null,
    evidence.ipAnonymised ? `IP ${evidence.ipAnonymised}` : null,
    evidence.note,
  ].filter((part): part is string => Boolean(part));
  return parts.length ? parts.join(' · ') : '—';
}

const multiline = (value: string | null) => html`<span class="pre">${text(value)}</span>`;

function sections(data: SubjectExport): SafeHtml[] {
  const c = data.candidate[0];
  const n = data.newsletter[0];
  return [
    html`<h2>Kandidatprofil</h2>${c
      ? html`<dl><dt>Navn</dt><dd>${c.fullName}</dd><dt>E-post</dt><dd>${text(c.email)}</dd><dt>Telefon</dt><dd>${text(c.phone)}</dd>
        <dt>Sted</dt><dd>${text(c.location)}</dd><dt>Sammendrag</dt><dd>${multiline(c.summary)}</dd><dt>Kompetanse</dt><dd>${text(c.skills.join(', '))}</dd>
        <dt>Status</dt><dd>${word(c.status)}</dd><dt>Kilde</dt><dd>${word(c.source)}</dd><dt>Registrert</dt><dd>${when(c.createdAt)}</dd>
        <dt>Sist aktiv</dt><dd>${when(c.lastActivityAt)}</dd></dl>`
      : html`<p class="empty">Du er ikke registrert som kandidat.</p>`}`,
    html`<h2>CV-dokumenter</h2><p class="lead">Selve filene følger med i den maskinlesbare eksporten (JSON).</p>${table(
      ['Versjon', 'Filnavn', 'Type', 'Størrelse', 'Lastet opp'],
      data.documents.map((d) => [String(d.version), d.fileName, d.contentType, `${integer.format(d.byteSize)} byte`, when(d.uploadedAt)]),
    )}`,
    html`<h2>Samtykker</h2>${table(
      ['Tidspunkt', 'Formål', 'Sak', 'Handling', 'Måte', 'Dokumentasjon'],
      data.consentEvents.map((e) => [
        when(e.occurredAt),
        word(e.purpose),
        text(e.caseReference),
        word(e.action),
        word(e.method),
        evidenceOf(e.evidence),
      ]),
    )}`,
    html`<h2>Deling med kunder</h2>${table(
      ['Delt', 'Mottaker', 'Kunde', 'Sak', 'CV-versjon'],
      data.shares.map((s) => [when(s.sharedAt), s.recipient, s.clientName, `${s.caseReference} – ${s.caseTitle}`, text(s.documentVersion)]),
    )}`,
    html`<h2>Nyhetsbrev</h2>${n
      ? html`<dl><dt>E-post</dt><dd>${n.email}</dd><dt>Status</dt><dd>${word(n.status)}</dd><dt>Påmeldt</dt><dd>${when(n.createdAt)}</dd><dt>Bekreftet</dt><dd>${when(n.confirmedAt)}</dd></dl>`
      : html`<p class="empty">Du står ikke på listen for nyhetsbrevet.</p>`}`,
    html`<h2>Telefonnotater</h2>${table(
      ['Tidspunkt', 'Sak', 'Retning', 'Samtalepart', 'Notat'],
      data.callNotes.map((note) => [when(note.occurredAt), `${note.caseReference} – ${note.caseTitle}`, word(note.direction), note.otherPartyIsYou ? text(note.otherPartyName) : 'En annen person', multiline(note.body)]),
    )}`,
    html`<h2>Henvendelser via kontaktskjema</h2>${table(
      ['Mottatt', 'Navn', 'E-post', 'Telefon', 'Melding', 'Besvart'],
      data.inquiries.map((i) => [when(i.receivedAt), i.name, i.email, text(i.phone), multiline(i.message), when(i.answeredAt)]),
    )}`,
    html`<h2>Forespørsler om personvernrettigheter</h2>${data.requests.length
      ? data.requests.map(
          (r) => html`<h3>${word(r.kind)} – mottatt ${day(r.receivedOn)}</h3>
            <dl><dt>Status</dt><dd>${word(r.status)}</dd><dt>Frist</dt><dd>${day(r.extendedDueOn ?? r.dueOn)}</dd><dt>Navn</dt><dd>${r.requesterName}</dd>
            <dt>E-post</dt><dd>${text(r.requesterEmail)}</dd><dt>Telefon</dt><dd>${text(r.requesterPhone)}</dd><dt>Resultat</dt><dd>${multiline(r.resolution ?? r.refusalReason)}</dd></dl>
            ${r.comments.length ? table(['Tidspunkt', 'Kommentar'], r.comments.map((m) => [when(m.createdAt), multiline(m.body)])) : ''}`,
        )
      : html`<p class="empty">Ingen registrerte opplysninger.</p>`}`,
    html`<h2>Lenker til «Min konto»</h2>${table(['Laget', 'Utløper', 'Brukt'], data.selfServiceLinks.map((t) => [when(t.createdAt), when(t.expiresAt), when(t.usedAt)]))}`,
    html`<h2>E-post</h2>${table(['Laget', 'Sendt', 'Emne'], data.emails.map((m) => [when(m.createdAt), when(m.sentAt), m.subject]))}`,
    html`<h2>Logg over behandling</h2><p class="lead">Hvem (rolle) som har lest eller endret opplysningene om deg, og når.</p>${table(
      ['Tidspunkt', 'Handling', 'Rolle'],
      data.auditEntries.map((a) => [when(a.occurredAt), a.action, word(a.actorRole)]),
    )}`,
  ];
}

export function renderSubjectExportHtml(data: SubjectExport): string {
  const page = html`<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Innsyn i personopplysninger</title>
<style>${trustedHtml(css)}</style>
</head>
<body>
<h1>Innsyn i personopplysninger</h1>
<p class="lead">${data.kind === 'portability' ? 'Dataportabilitet – ' : ''}Alle personopplysninger ${data.controller} har registrert om deg, per ${when(data.generatedAt)} (norsk tid).</p>
${sections(data)}
<p class="lead">Spørsmål om opplysningene, eller ønsker du at noe rettes eller slettes? Ta kontakt med oss. Du kan også klage til Datatilsynet.</p>
</body>
</html>`;
  return page.value;
}
