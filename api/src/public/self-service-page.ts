import { html, type SafeHtml } from './html.ts';
import type { SelfServiceView } from './self-service.ts';

const dateTime = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', dateStyle: 'long', timeStyle: 'short' });
const when = (date: Date) => dateTime.format(date);

const purposes: Record<string, string> = {
  candidate_registry: 'Kandidatregisteret',
  share_with_client: 'Deling med kunde (én sak)',
  newsletter: 'Nyhetsbrev',
  web_analytics: 'Nettstatistikk',
  advertising: 'Annonsering',
};
const actions: Record<string, string> = { granted: 'Gitt', withdrawn: 'Trukket tilbake' };
const methods: Record<string, string> = { web_form: 'Skjema på nettsiden', email: 'E-post', phone: 'Telefon', in_person: 'Personlig oppmøte' };
const statuses: Record<string, string> = { active: 'Aktiv', placed: 'Formidlet', inactive: 'Inaktiv' };
const sources: Record<string, string> = { self_registered: 'Du registrerte deg selv', added_by_partner: 'Lagt inn av oss' };

/** The hidden token field: the forms post it in the body, never in a cookie. */
const tokenField = (token: string) => html`<input type="hidden" name="token" value="${token}">`;

function row(label: string, value: string | null | undefined): SafeHtml {
  return html`<dt>${label}</dt><dd>${value ? value : '–'}</dd>`;
}

/** "Min konto": the candidate's data with download and erase buttons. Every value is escaped. */
export function selfServicePage(view: SelfServiceView, token: string): SafeHtml {
  const { candidate, documents, consents, shares } = view;
  return html`<p>Her er opplysningene Aprimo Rådgivning AS har registrert om deg som kandidat.</p>
<h2>Personopplysninger</h2>
<dl>
${row('Navn', candidate.fullName)}
${row('E-post', candidate.email)}
${row('Telefon', candidate.phone)}
${row('Sted', candidate.location)}
${row('Sammendrag', candidate.summary)}
${row('Kompetanse', candidate.skills.join(', '))}
${row('Status', statuses[candidate.status] ?? candidate.status)}
${row('Kilde', sources[candidate.source] ?? candidate.source)}
${row('Registrert', when(candidate.createdAt))}
${row('Sist aktiv', when(candidate.lastActivityAt))}
</dl>
<h2>CV-dokumenter</h2>
${documents.length === 0
    ? html`<p>Ingen dokumenter.</p>`
    : html`<table><thead><tr><th scope="col">Fil</th><th scope="col">Versjon</th><th scope="col">Lastet opp</th></tr></thead><tbody>
${documents.map((d) => html`<tr><td>${d.fileName}</td><td>${d.version}</td><td>${when(d.uploadedAt)}</td></tr>`)}
</tbody></table>`}
<h2>Samtykker</h2>
${consents.length === 0
    ? html`<p>Ingen registrerte samtykker.</p>`
    : html`<table><thead><tr><th scope="col">Formål</th><th scope="col">Hendelse</th><th scope="col">Når</th><th scope="col">Hvordan</th></tr></thead><tbody>
${consents.map((c) => html`<tr><td>${purposes[c.purpose] ?? c.purpose}</td><td>${actions[c.action] ?? c.action}</td><td>${when(c.occurredAt)}</td><td>${methods[c.method] ?? c.method}</td></tr>`)}
</tbody></table>`}
<h2>Delt med kunder</h2>
${shares.length === 0
    ? html`<p>CV-en din er ikke delt med noen kunde.</p>`
    : html`<ul>${shares.map((s) => html`<li>${s.recipient} – ${when(s.sharedAt)}</li>`)}</ul>`}
<h2>Hva vil du gjøre?</h2>
<p class="note">Nedlastingen inneholder alt vi har om deg, i et maskinlesbart format (JSON).</p>
<form method="post" action="/min-konto/download">${tokenField(token)}<button type="submit" class="secondary">Last ned mine data</button></form>
<form method="post" action="/min-konto/erase">${tokenField(token)}<button type="submit" class="danger">Slett alle mine data</button></form>`;
}

/** The confirmation step before erasure. */
export function confirmErasurePage(token: string): SafeHtml {
  return html`<p>Alt vi har om deg slettes for godt: profilen, CV-dokumentene, samtykkene og notater om deg. Det kan ikke angres.</p>
<p class="note">Vi beholder bare et bevis på at slettingen er gjort, uten opplysninger om deg.</p>
<form method="post" action="/min-konto/erase">${tokenField(token)}<input type="hidden" name="confirm" value="ja"><button type="submit" class="danger">Ja, slett alt</button></form>
<form method="get" action="/min-konto">${tokenField(token)}<button type="submit" class="secondary">Avbryt</button></form>`;
}

export function erasedPage(): SafeHtml {
  return html`<p>Alle opplysningene vi hadde om deg er nå slettet. Lenken virker ikke lenger.</p>`;
}
