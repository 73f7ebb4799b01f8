import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@pvr/db';
import { eq } from '@pvr/db/orm';
import { pseudonymOf } from '../../audit/pseudonym.ts';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import type { SignedIn } from '../cases/cases.fixtures.ts';
import { logCallNoteMutation } from '../cases/cases.fixtures.ts';
import { cvBytes, ingrid, seedPersonEverywhere, type Seeded } from './subject-data.fixtures.ts';

const ids = (list: { id: string | number }[]) => list.map((item) => String(item.id)).sort();

describe('access and portability export', () => {
  let server: TestServer;
  let partner: SignedIn;
  let seeded: Seeded;
  beforeAll(async () => {
    server = await startTestServer();
    partner = await server.signIn('partner', 'Petra Partner');
    seeded = await seedPersonEverywhere(server, partner);
  });
  afterAll(() => server?.close());

  const download = (path: string) => partner.client.fetch(path);

  it('exports every record of every area as JSON, with the CV bytes, as a no-store attachment', async () => {
    const response = await download(`/files/subject-export/portability?candidateId=${seeded.candidateId}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="dataportabilitet-\d{4}-\d{2}-\d{2}\.json"$/);
    const body = await response.text();
    const data = JSON.parse(body);

    expect(data.subject).toEqual({ email: ingrid.email, phone: ingrid.phone, name: ingrid.name });
    expect(ids(data.candidate)).toEqual([seeded.candidateId]);
    expect(ids(data.documents)).toEqual([seeded.documentId]);
    expect(Buffer.from(data.documents[0].contentBase64, 'base64')).toEqual(cvBytes(ingrid));
    expect(ids(data.consentEvents)).toEqual([...seeded.consentIds].sort());
    expect(data.consentEvents.find((e: any) => e.purpose === 'share_with_client')).toMatchObject({ caseReference: seeded.caseReference, evidence: { note: `Muntlig samtykke fra ${ingrid.name}` } });
    expect(data.consentEvents.find((e: any) => e.purpose === 'candidate_registry').evidence).toMatchObject({ form: 'Registreringsskjema', statementVersion: '2021-10-29' });
    expect(data.shares).toEqual([expect.objectContaining({ id: seeded.shareId, recipient: 'Kari Kunde, Kunde AS', caseReference: seeded.caseReference, caseTitle: 'Rekruttering av økonomisjef' })]);
    expect(data.newsletter).toEqual([expect.objectContaining({ id: seeded.subscriberId, email: ingrid.email, status: 'active' })]);
    const { bystander, ...theirNotes } = seeded.notes;
    expect(ids(data.callNotes)).toEqual(Object.values(theirNotes).sort());
    expect(data.callNotes.find((n: any) => n.id === seeded.notes.linked)).toMatchObject({ caseReference: seeded.caseReference, caseTitle: 'Rekruttering av økonomisjef', otherPartyIsYou: true });
    expect(ids(data.inquiries)).toEqual([seeded.inquiryId]);
    expect(ids(data.requests)).toEqual([seeded.requestId]);
    expect(ids(data.requests[0].comments)).toEqual([seeded.commentId]);
    expect(ids(data.selfServiceLinks)).toEqual([seeded.tokenId]);
    expect(ids(data.emails)).toEqual([...seeded.mailIds].sort());
    expect(data.auditEntries.length).toBeGreaterThan(5);
    expect(data.auditEntries[0]).toEqual({ id: expect.any(Number), occurredAt: expect.any(String), action: 'candidate.create', actorRole: 'partner', entityType: 'candidate' });
    // Two notes are logged under the candidate; the one whose other party is them without a
    // candidate under the note itself. All three are theirs, in the log's order.
    expect(data.auditEntries.filter((a: any) => a.action === 'callNote.log')).toHaveLength(3);
    const logOrder = data.auditEntries.map((a: any) => a.id as number);
    expect(logOrder).toEqual([...logOrder].sort((a, b) => a - b));

    // Not other people's data: no author, no other party of someone else's call, no bystander.
    for (const other of ['Petra Partner', partner.email, 'Per Kontrollsen', '+4722334455', bystander]) expect(body).not.toContain(other);
    expect(body).not.toContain('tokenHash');

    const [entry] = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'subject.export'));
    expect(entry?.details).toEqual({ kind: 'portability', counts: expect.objectContaining({ callNotes: 4, consentEvents: 4, documents: 1 }) });
    expect(JSON.stringify(entry)).not.toContain(ingrid.email);
  });

  it('reads one query per area: more records do not mean more statements', async () => {
    const path = `/files/subject-export/portability?email=${encodeURIComponent(ingrid.email)}`;
    const first = await download(path);
    expect(first.status).toBe(200);
    for (let i = 0; i < 3; i += 1) {
      await partner.client.data(logCallNoteMutation, { input: { caseId: seeded.caseId, direction: 'outgoing', otherPartyName: ingrid.name, candidateId: seeded.candidateId, body: `Oppfølging ${i}` } });
    }
    const second = await download(path);
    const data = (await second.json()) as { callNotes: unknown[] };
    expect(data.callNotes).toHaveLength(7);
    expect(Number(second.headers.get('x-sql-statements'))).toBe(Number(first.headers.get('x-sql-statements')));
  });

  it('gives a printable Norwegian document with Oslo dates, inline CSS, no scripts, everything escaped', async () => {
    const { createCandidate } = await partner.client.data(`mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`, {
      input: { fullName: '<script>alert("x")</script> Hacker', summary: '<img src=x onerror=alert(1)>' },
    });
    const response = await download(`/files/subject-export/access?candidateId=${createCandidate.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="innsyn-\d{4}-\d{2}-\d{2}\.html"$/);
    const page = await response.text();
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Hacker');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).not.toMatch(/<script|<img|onerror=alert\(1\)>/i);

    const full = await (await download(`/files/subject-export/access?candidateId=${seeded.candidateId}`)).text();
    for (const heading of ['Innsyn i personopplysninger', 'Kandidatprofil', 'CV-dokumenter', 'Samtykker', 'Deling med kunder', 'Nyhetsbrev', 'Telefonnotater', 'Henvendelser via kontaktskjema', 'Forespørsler om personvernrettigheter', 'Logg over behandling']) {
      expect(full).toContain(`>${heading}</`);
    }
    expect(full).toContain('<html lang="nb">');
    expect(full).toContain('<style>');
    expect(full).toContain('Registrering i kandidatregisteret');
    // A received date of 1 March 2024 reads as Norwegians write it.
    expect(full).toContain('1. mars 2024');
    // The candidate was created just now: shown in Oslo time, "kl." and all.
    const oslo = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
    expect(full).toMatch(new RegExp(`${oslo} kl\\. \\d{2}:\\d{2}`));
    expect(full).not.toContain('contentBase64');
  });

  it('summarises counts per area for the dashboard, with download links', async () => {
    const { subjectExportSummary } = await partner.client.data(
      `query($subject: SubjectInput!) { subjectExportSummary(subject: $subject) { candidateId subscriberId total htmlUrl jsonUrl counts { candidate documents consentEvents shares newsletter callNotes inquiries requests selfServiceLinks emails auditEntries } } }`,
      { subject: { subscriberId: seeded.subscriberId } },
    );
    expect(subjectExportSummary).toMatchObject({
      candidateId: seeded.candidateId,
      subscriberId: seeded.subscriberId,
      counts: { candidate: 1, documents: 1, consentEvents: 4, shares: 1, newsletter: 1, callNotes: 7, inquiries: 1, requests: 1, selfServiceLinks: 1, emails: 2 },
      htmlUrl: `/files/subject-export/access?candidateId=${seeded.candidateId}&format=html`,
    });
    expect((await download(subjectExportSummary.jsonUrl)).status).toBe(200);
  });

  it('names the person as the finder does, in the audited read, and keeps the name out of the audit log', async () => {
    const summaryOf = async (subject: Record<string, string>) =>
      (await partner.client.data(`query($subject: SubjectInput!) { subjectExportSummary(subject: $subject) { displayName } }`, { subject })).subjectExportSummary.displayName;
    const { addSubscriber } = await partner.client.data(`mutation($input: AddSubscriberInput!) { addSubscriber(input: $input) { id } }`, {
      input: { email: 'bare.nyhetsbrev@example.test', consentMethod: 'email' },
    });
    const audited = () => server.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'subject.export.summary')).orderBy(schema.auditLog.seq);
    const before = (await audited()).length;

    // A candidate by id, by subscriber or by email: the candidate's name.
    expect(await summaryOf({ candidateId: seeded.candidateId })).toBe(ingrid.name);
    expect(await summaryOf({ subscriberId: seeded.subscriberId })).toBe(ingrid.name);
    expect(await summaryOf({ email: ` ${ingrid.email.toUpperCase()} ` })).toBe(ingrid.name);
    // Known by email only: the normalised email.
    expect(await summaryOf({ subscriberId: addSubscriber.id })).toBe('bare.nyhetsbrev@example.test');
    expect(await summaryOf({ email: 'Ukjent.Person@Example.TEST' })).toBe('ukjent.person@example.test');

    const entries = (await audited()).slice(before);
    expect(entries).toHaveLength(5);
    const candidate = pseudonymOf(server.config.secretKey, 'candidate', seeded.candidateId);
    expect(entries.slice(0, 3).map((e) => e.subjectPseudonym)).toEqual([candidate, candidate, candidate]);
    expect(entries[3]?.subjectPseudonym).toBe(pseudonymOf(server.config.secretKey, 'subscriber', addSubscriber.id));
    const logged = JSON.stringify(entries);
    for (const secret of [ingrid.name, ingrid.email, 'bare.nyhetsbrev', 'ukjent.person']) expect(logged).not.toContain(secret);
  });

  it('answers 404 for an unknown candidate or kind, 400 for an ambiguous subject', async () => {
    expect((await download('/files/subject-export/access?candidateId=00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await download(`/files/subject-export/everything?candidateId=${seeded.candidateId}`)).status).toBe(404);
    expect((await download(`/files/subject-export/access?candidateId=${seeded.candidateId}&email=${encodeURIComponent(ingrid.email)}`)).status).toBe(400);
    expect((await download('/files/subject-export/access?format=pdf&email=a@example.test')).status).toBe(400);
  });
});
