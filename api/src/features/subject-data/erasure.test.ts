import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@pvr/db';
import { eq, inArray } from '@pvr/db/orm';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { pseudonymOf } from '../../audit/pseudonym.ts';
import { verifyAuditChain } from '../../audit/verify-chain.ts';
import type { SignedIn } from '../cases/cases.fixtures.ts';
import { needlesFor, scanForIdentifiers } from './identifier-scan.ts';
import { ingrid, seedPersonEverywhere } from './subject-data.fixtures.ts';
import { identifierHashes } from './tombstones.ts';

const counts = `counts { candidate documents shares selfServiceTokens consentEvents subscriber inquiries emails idempotencyRecords callNotesRedacted requestsRedacted requestCommentsRedacted }`;
const impactQuery = `query($subject: SubjectInput!) { erasureImpact(subject: $subject) { candidateId subscriberId auditEntriesKept ${counts} recipientsToNotify { recipient caseReference caseTitle sharedAt } } }`;
const eraseMutation = `mutation($subject: SubjectInput!, $requestId: ID, $confirm: Boolean!) {
  eraseDataSubject(subject: $subject, requestId: $requestId, confirm: $confirm) { tombstoneId erasedAt ${counts} recipientsToNotify { recipient caseReference caseTitle sharedAt } }
}`;

const pgDump = async (url: string) => (await promisify(execFile)('pg_dump', [url], { maxBuffer: 256 * 1024 * 1024 })).stdout;

/** Every way the person's identifiers can appear in a dump, bytea (hex) included. */
const dumpNeedles = [...needlesFor(ingrid), ingrid.name.toUpperCase(), ingrid.name.toLowerCase(), Buffer.from(ingrid.email).toString('hex'), Buffer.from(ingrid.name).toString('hex')];

describe('erasing a data subject', () => {
  let server: TestServer;
  let partner: SignedIn;
  beforeAll(async () => {
    server = await startTestServer();
    partner = await server.signIn('partner');
  });
  afterAll(() => server?.close());

  it('leaves no copy of the identifiers in any column or in a dump, keeps the case notes and the request redacted, and the audit chain verifies', async () => {
    const seeded = await seedPersonEverywhere(server, partner);
    const needles = needlesFor(ingrid);

    // The scanner finds the person where they were put, so a clean scan afterwards means something.
    const before = await scanForIdentifiers(server.db, needles);
    for (const column of ['public.candidates.full_name', 'public.candidate_documents.content', 'public.call_notes.body', 'newsletter.subscribers.email', 'public.consent_events.person_email', 'public.request_comments.body', 'public.idempotency_keys.response', 'public.email_outbox.subject']) {
      expect(before).toContain(column);
    }
    if (server.database.url) {
      const dump = await pgDump(server.database.url);
      for (const needle of [ingrid.email, ingrid.name, ingrid.phone, Buffer.from(ingrid.email).toString('hex')]) expect(dump).toContain(needle);
    }

    const subject = { candidateId: seeded.candidateId };
    const { erasureImpact: impact } = await partner.client.data(impactQuery, { subject });
    const expectedCounts = {
      candidate: 1,
      documents: 1,
      shares: 1,
      selfServiceTokens: 1,
      consentEvents: 4,
      subscriber: 1,
      inquiries: 1,
      emails: 2,
      idempotencyRecords: 1,
      callNotesRedacted: 4,
      requestsRedacted: 1,
      requestCommentsRedacted: 1,
    };
    expect(impact.counts).toEqual(expectedCounts);
    expect(impact.auditEntriesKept).toBeGreaterThan(5);

    const { eraseDataSubject: result } = await partner.client.data(eraseMutation, { subject, requestId: seeded.requestId, confirm: true });
    expect(result.counts).toEqual(expectedCounts);
    expect(result.recipientsToNotify).toEqual([
      { recipient: 'Kari Kunde, Kunde AS', caseReference: seeded.caseReference, caseTitle: 'Rekruttering av økonomisjef', sharedAt: expect.any(String) },
    ]);

    expect(await scanForIdentifiers(server.db, needles)).toEqual([]);
    if (server.database.url) {
      const dump = await pgDump(server.database.url);
      expect(dump).toContain('CREATE TABLE public.candidates');
      expect(dumpNeedles.filter((needle) => dump.toLowerCase().includes(needle.toLowerCase()))).toEqual([]);
    }

    // Documents, shares and self-service links went with the candidate.
    const { db } = server;
    expect(await db.$count(schema.candidates, eq(schema.candidates.id, seeded.candidateId))).toBe(0);
    expect(await db.$count(schema.candidateDocuments, eq(schema.candidateDocuments.id, seeded.documentId))).toBe(0);
    expect(await db.$count(schema.candidateShares, eq(schema.candidateShares.id, seeded.shareId))).toBe(0);
    expect(await db.$count(schema.selfServiceTokens, eq(schema.selfServiceTokens.id, seeded.tokenId))).toBe(0);
    expect(await db.$count(schema.consentEvents, inArray(schema.consentEvents.id, seeded.consentIds))).toBe(0);
    expect(await db.$count(schema.subscribers, eq(schema.subscribers.id, seeded.subscriberId))).toBe(0);

    // Notes stay with the case, without the person; the bystander's note is untouched.
    const notes = new Map((await db.select().from(schema.callNotes)).map((n) => [n.id, n]));
    expect(notes.get(seeded.notes.linked)).toMatchObject({ candidateId: null, otherPartyName: 'Slettet person', otherPartyPhone: null, body: '[slettet] ringte fra [slettet] om stillingen.' });
    expect(notes.get(seeded.notes.aboutThemWithClient)).toMatchObject({ candidateId: null, otherPartyName: 'Kari Kunde', body: 'Kunden likte CV-en til [slettet]; ring [slettet].' });
    expect(notes.get(seeded.notes.otherPartyOnly)).toMatchObject({ otherPartyName: 'Slettet person', otherPartyPhone: null });
    expect(notes.get(seeded.notes.mentionedByEmail)).toMatchObject({ otherPartyName: 'Per Kontrollsen', body: 'Per nevnte at [slettet] hadde søkt.' });
    expect(notes.get(seeded.notes.bystander)).toMatchObject({ otherPartyName: 'Per Kontrollsen', otherPartyPhone: '+4722334455', body: 'Per Kontrollsen ringte om fakturaen.' });

    // The request stays as proof that the firm answered.
    const [request] = await db.select().from(schema.dataSubjectRequests).where(eq(schema.dataSubjectRequests.id, seeded.requestId));
    expect(request).toMatchObject({ requesterName: 'Slettet person', requesterEmail: null, requesterPhone: null, candidateId: null, resolution: 'Sendt til [slettet]' });
    const [comment] = await db.select().from(schema.requestComments).where(eq(schema.requestComments.id, seeded.commentId));
    expect(comment?.body).toBe('Ringte [slettet] på [slettet] for å bekrefte identiteten.');

    // The tombstone: keyed hashes, who, which request, counts.
    const [tombstone] = await db.select().from(schema.erasureTombstones).where(eq(schema.erasureTombstones.id, result.tombstoneId));
    expect(tombstone).toMatchObject({ erasedBy: partner.user.id, requestId: seeded.requestId, removedCounts: expectedCounts });
    expect(tombstone?.identifierHashes.sort()).toEqual(identifierHashes(server.config.secretKey, ingrid).sort());
    expect(tombstone?.identifierHashes).toHaveLength(3);

    // One audit entry for the erasure, under the pseudonym of the erased record; the chain holds.
    const erase = await db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'subject.erase'));
    expect(erase).toHaveLength(1);
    expect(erase[0]).toMatchObject({ actorId: partner.user.id, subjectPseudonym: pseudonymOf(server.config.secretKey, 'candidate', seeded.candidateId) });
    expect(erase[0]?.details).toMatchObject({ tombstoneId: result.tombstoneId, counts: expectedCounts, cvRecipients: 1 });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  }, 120_000);

  it('erases a person known only by email, and refuses when nothing is held', async () => {
    const email = 'bare.epost@example.test';
    await server.db.insert(schema.contactInquiries).values({ name: 'Bare Epost', email, message: 'Hei' });
    const { eraseDataSubject } = await partner.client.data(eraseMutation, { subject: { email: ' Bare.Epost@Example.TEST ' }, confirm: true });
    expect(eraseDataSubject.counts).toMatchObject({ candidate: 0, inquiries: 1 });
    expect(await scanForIdentifiers(server.db, [email])).toEqual([]);
    const again = await partner.client.request(eraseMutation, { subject: { email }, confirm: true });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
