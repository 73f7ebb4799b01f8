import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@pvr/db';
import { eq } from '@pvr/db/orm';
import { startTestServer, type TestServer } from '../../../test/harness.ts';

type SignedIn = Awaited<ReturnType<TestServer['signIn']>>;

const shareMutation = `mutation($input: ShareCandidateInput!) {
  shareCandidate(input: $input) { id candidateId case { id reference } documentId documentVersion recipient consentEventId sharedBy { id } sharedAt }
}`;
const recordConsent = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`;
const candidateShares = `query($id: ID!) { candidate(id: $id) { id shares { id caseId: case { id } consentEventId documentVersion } } }`;

describe('sharing a candidate with a client', () => {
  let server: TestServer;
  let partner: SignedIn;
  let auditor: SignedIn;
  let staff: SignedIn;
  let caseNo = 0;

  const newCandidate = async () => {
    const [row] = await server.db
      .insert(schema.candidates)
      .values({ fullName: 'Kari Deling', email: `${crypto.randomUUID()}@example.test`, source: 'self_registered' })
      .returning();
    return row!.id;
  };
  const newCase = async (status: 'open' | 'closed' = 'open') => {
    caseNo += 1;
    const [row] = await server.db
      .insert(schema.cases)
      .values({
        reference: `DEL-${caseNo}-${crypto.randomUUID().slice(0, 4)}`,
        title: 'Daglig leder',
        clientName: 'Kunde AS',
        responsiblePartnerId: partner.user.id,
        status,
        openedAt: new Date(Date.now() - 86_400_000),
        closedAt: status === 'closed' ? new Date() : null,
      })
      .returning();
    return row!.id;
  };
  const newDocument = async (candidateId: string, version: number) => {
    const content = Buffer.from(`%PDF-1.4\n% cv v${version}\n%%EOF\n`);
    const [row] = await server.db
      .insert(schema.candidateDocuments)
      .values({ candidateId, version, fileName: `cv-${version}.pdf`, contentType: 'application/pdf', byteSize: content.length, sha256: createHash('sha256').update(content).digest('hex'), content })
      .returning({ id: schema.candidateDocuments.id });
    return row!.id;
  };
  const consent = async (candidateId: string, caseId: string, action: 'granted' | 'withdrawn') =>
    (await partner.client.data(recordConsent, { input: { subject: { candidateId }, purpose: 'share_with_client', caseId, action, method: 'email' } }))
      .recordConsent.id as string;
  const share = (client: SignedIn, input: Record<string, unknown>) =>
    client.client.request<{ shareCandidate: Record<string, any> }>(shareMutation, { input: { recipient: 'Kunde AS, HR-sjef', ...input } });
  const sharesStored = () => server.db.$count(schema.candidateShares);
  const expectNoConsent = (result: Awaited<ReturnType<typeof share>>, message: RegExp) => {
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NO_CONSENT' });
    expect(result.errors?.[0]?.message).toMatch(message);
  };

  beforeAll(async () => {
    server = await startTestServer();
    partner = await server.signIn('partner');
    auditor = await server.signIn('auditor');
    staff = await server.signIn('staff');
  });
  afterAll(() => server?.close());

  it('refuses without consent, and with consent for another case only, storing nothing', async () => {
    const candidateId = await newCandidate();
    const [caseA, caseB] = [await newCase(), await newCase()];
    const before = await sharesStored();
    expectNoConsent(await share(partner, { candidateId, caseId: caseA }), /has not consented to having their information shared with the client in this case/);
    await consent(candidateId, caseB, 'granted');
    expectNoConsent(await share(partner, { candidateId, caseId: caseA }), /has not consented/);
    expect(await sharesStored()).toBe(before);
    expect(await server.db.$count(schema.auditLog, eq(schema.auditLog.action, 'candidate.share'))).toBe(0);
  });

  it('shares with consent for that case: the newest CV, the consent event it relied on, audited', async () => {
    const candidateId = await newCandidate();
    const caseId = await newCase();
    await newDocument(candidateId, 1);
    const newest = await newDocument(candidateId, 2);
    const eventId = await consent(candidateId, caseId, 'granted');
    const result = await share(partner, { candidateId, caseId });
    expect(result.errors).toBeUndefined();
    const row = result.data!.shareCandidate;
    expect(row).toMatchObject({
      candidateId,
      case: { id: caseId },
      documentId: newest,
      documentVersion: '2',
      recipient: 'Kunde AS, HR-sjef',
      consentEventId: eventId,
      sharedBy: { id: partner.user.id },
    });
    const [entry] = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, row.id));
    expect(entry).toMatchObject({ action: 'candidate.share', entityType: 'candidate_share', details: { caseId, documentId: newest, documentVersion: '2', consentEventId: eventId } });
    expect(JSON.stringify(entry)).not.toContain('HR-sjef');

    const older = await share(partner, { candidateId, caseId, documentId: (await server.db.select().from(schema.candidateDocuments).where(eq(schema.candidateDocuments.version, 1)).limit(1))[0]!.id });
    expect(older.data?.shareCandidate.documentVersion).toBe('1');

    for (const reader of [partner, auditor]) {
      const { candidate } = await reader.client.data(candidateShares, { id: candidateId });
      expect(candidate.shares).toHaveLength(2);
      expect(candidate.shares[1]).toMatchObject({ id: row.id, consentEventId: eventId, documentVersion: '2' });
    }
    const listed = await auditor.client.data(`query($id: ID!) { candidateShares(candidateId: $id) { id } }`, { id: candidateId });
    expect(listed.candidateShares.map((s: { id: string }) => s.id)).toContain(row.id);
  });

  it('refuses the next share after a withdrawal, and allows it again after a new grant', async () => {
    const candidateId = await newCandidate();
    const caseId = await newCase();
    await consent(candidateId, caseId, 'granted');
    expect((await share(partner, { candidateId, caseId })).errors).toBeUndefined();
    await consent(candidateId, caseId, 'withdrawn');
    expectNoConsent(await share(partner, { candidateId, caseId }), /has withdrawn their consent/);
    const regrant = await consent(candidateId, caseId, 'granted');
    expect((await share(partner, { candidateId, caseId })).data?.shareCandidate.consentEventId).toBe(regrant);
  });

  it('answers unknown candidate, case or document with NOT_FOUND on its field, and a closed case with CONFLICT', async () => {
    const candidateId = await newCandidate();
    const caseId = await newCase();
    await consent(candidateId, caseId, 'granted');
    const someoneElsesDocument = await newDocument(await newCandidate(), 1);
    const before = await sharesStored();
    const cases = [
      [{ candidateId: crypto.randomUUID(), caseId }, 'candidateId'],
      [{ candidateId, caseId: crypto.randomUUID() }, 'caseId'],
      [{ candidateId, caseId, documentId: crypto.randomUUID() }, 'documentId'],
      [{ candidateId, caseId, documentId: someoneElsesDocument }, 'documentId'],
    ] as const;
    for (const [input, field] of cases) {
      expect((await share(partner, input)).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field });
    }
    expect((await share(partner, { candidateId, caseId: 'nope' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseId' });
    expect((await share(partner, { candidateId, caseId, recipient: ' ' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recipient' });
    const closedCase = await newCase('closed');
    expect((await share(partner, { candidateId, caseId: closedCase })).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'caseId' });
    expect(await sharesStored()).toBe(before);
  });

  it('keeps shares from staff: FORBIDDEN to share, and Candidate.shares is null with FORBIDDEN', async () => {
    const candidateId = await newCandidate();
    const caseId = await newCase();
    await consent(candidateId, caseId, 'granted');
    for (const caller of [staff, auditor]) {
      expect((await share(caller, { candidateId, caseId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const seen = await staff.client.request<{ candidate: { id: string; shares: unknown } }>(candidateShares, { id: candidateId });
    expect(seen.data?.candidate).toEqual({ id: candidateId, shares: null });
    expect(seen.errors).toEqual([expect.objectContaining({ path: ['candidate', 'shares'], extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
    const direct = await staff.client.request(`query($id: ID!) { candidateShares(candidateId: $id) { id } }`, { id: candidateId });
    expect(direct.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('waits for a withdrawal being recorded at the same moment, then refuses', async () => {
    const candidateId = await newCandidate();
    const caseId = await newCase();
    await consent(candidateId, caseId, 'granted');
    const before = await sharesStored();
    let pending: ReturnType<typeof share> | undefined;
    await server.db.transaction(async (tx) => {
      await tx.insert(schema.consentEvents).values({
        subjectType: 'candidate',
        candidateId,
        purpose: 'share_with_client',
        caseId,
        action: 'withdrawn',
        occurredAt: new Date(),
        method: 'phone',
        recordedBy: partner.user.id,
      });
      // The share starts while the withdrawal is not yet committed.
      pending = share(partner, { candidateId, caseId });
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    expectNoConsent(await pending!, /withdrawn/);
    expect(await sharesStored()).toBe(before);
  });

  it('loads shares for a page of candidates in one statement', async () => {
    // The newest candidate has a share, so both pages load shares, their cases and their authors.
    const candidateId = await newCandidate();
    const caseId = await newCase();
    await consent(candidateId, caseId, 'granted');
    expect((await share(partner, { candidateId, caseId })).errors).toBeUndefined();
    const query = (first: number) => partner.client.request(`query { candidates(first: ${first}) { nodes { id shares { id case { id } sharedBy { id } } } } }`);
    const one = await query(1);
    const many = await query(20);
    expect(many.errors).toBeUndefined();
    expect(many.statements).toBe(one.statements);
  });
});
