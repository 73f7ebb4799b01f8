import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@pvr/db';
import { asc, eq, sql } from '@pvr/db/orm';
import { createTestDatabase, type TestDatabase } from '@pvr/db/testing';
import { verifyPassword } from '../auth/password.ts';
import { demoLogins } from './demo-logins.ts';
import { pdfStructureProblems } from './pdf-structure.ts';
import { seedDemoData } from './seed.ts';

/** example.com/.org/.net (RFC 2606) and anything under the reserved .example TLD. */
const reservedEmail = /^[^@\s]+@(example\.(com|org|net)|([a-z0-9-]+\.)+example)$/;

const areaTables = {
  users: schema.users,
  candidates: schema.candidates,
  candidateDocuments: schema.candidateDocuments,
  candidateShares: schema.candidateShares,
  consentEvents: schema.consentEvents,
  subscribers: schema.subscribers,
  cases: schema.cases,
  caseMembers: schema.caseMembers,
  callNotes: schema.callNotes,
  processors: schema.processors,
  processorAgreements: schema.processorAgreements,
  retentionRules: schema.retentionRules,
  processingActivities: schema.processingActivities,
  processingActivityProcessors: schema.processingActivityProcessors,
  dataSubjectRequests: schema.dataSubjectRequests,
  requestComments: schema.requestComments,
  contactInquiries: schema.contactInquiries,
};

async function countAll(database: TestDatabase) {
  const entries = await Promise.all(Object.entries(areaTables).map(async ([name, table]) => [name, await database.db.$count(table)] as const));
  return Object.fromEntries(entries);
}

describe('seedDemoData', () => {
  let database: TestDatabase;
  let returned: Awaited<ReturnType<typeof seedDemoData>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    returned = await seedDemoData(database.db, { onlyIfEmpty: true });
  });
  afterAll(() => database?.close());

  it('fills every area and returns the demo logins', async () => {
    expect(returned.map((l) => l.email)).toEqual(demoLogins.map((l) => l.email));
    const counts = await countAll(database);
    for (const [table, count] of Object.entries(counts)) expect(count, table).toBeGreaterThan(0);
    expect(counts).toMatchObject({ users: 8, cases: 12, callNotes: 80, subscribers: 25, retentionRules: 6 });
    expect(counts.candidates).toBeGreaterThanOrEqual(55);
    expect(counts.candidateDocuments).toBeGreaterThanOrEqual(20);
  });

  it('inserts nothing the second time when onlyIfEmpty is set', async () => {
    const before = await countAll(database);
    expect(await seedDemoData(database.db, { onlyIfEmpty: true })).toEqual([]);
    expect(await countAll(database)).toEqual(before);
  });

  it('gives only the demo logins a password, and it verifies', async () => {
    const users = await database.db.select().from(schema.users);
    const partner = users.find((u) => u.email === 'partner@demo.example');
    expect(partner?.role).toBe('partner');
    expect(await verifyPassword(partner?.passwordHash, 'demo-partner-2026')).toBe(true);
    const demoEmails = new Set(demoLogins.map((l) => l.email));
    const extra = users.filter((u) => !demoEmails.has(u.email));
    expect(extra).toHaveLength(5);
    expect(extra.every((u) => u.passwordHash === null)).toBe(true);
    expect(users.filter((u) => u.role === 'partner')).toHaveLength(3);
  });

  it('uses only reserved example domains for every email', async () => {
    const { db } = database;
    const emails = [
      ...(await db.select({ e: schema.users.email }).from(schema.users)),
      ...(await db.select({ e: schema.candidates.email }).from(schema.candidates)),
      ...(await db.select({ e: schema.subscribers.email }).from(schema.subscribers)),
      ...(await db.select({ e: schema.consentEvents.personEmail }).from(schema.consentEvents)),
      ...(await db.select({ e: schema.dataSubjectRequests.requesterEmail }).from(schema.dataSubjectRequests)),
      ...(await db.select({ e: schema.contactInquiries.email }).from(schema.contactInquiries)),
    ].flatMap((r) => (r.e ? [r.e] : []));
    expect(emails.length).toBeGreaterThan(100);
    expect(emails.filter((e) => !reservedEmail.test(e))).toEqual([]);
    const subscribers = await db.select({ e: schema.subscribers.email }).from(schema.subscribers);
    expect(subscribers.every((s) => s.e.endsWith('@example.org'))).toBe(true);
  });

  it('stores real PDFs with matching hash and size', async () => {
    const documents = await database.db.select().from(schema.candidateDocuments);
    for (const doc of documents) {
      const bytes = Buffer.from(doc.content);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdfStructureProblems(bytes)).toEqual([]);
      expect(doc.byteSize).toBe(bytes.length);
      expect(doc.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    expect(documents.some((d) => d.version === 2)).toBe(true);
  });

  it('records consent the way the register promises', async () => {
    const { db } = database;
    const events = await db.select().from(schema.consentEvents);
    const candidates = await db.select().from(schema.candidates);
    for (const candidate of candidates) {
      const grant = events.find((e) => e.candidateId === candidate.id && e.purpose === 'candidate_registry' && e.action === 'granted');
      expect(grant, candidate.fullName).toBeDefined();
      expect(grant?.evidenceForm).toBe('kandidatregistrering-v3');
      expect(grant?.method).toMatch(candidate.source === 'self_registered' ? /^web_form$/ : /^(in_person|email)$/);
    }
    const subscribers = await db.select().from(schema.subscribers);
    for (const subscriber of subscribers) {
      const grants = events.filter((e) => e.subscriberId === subscriber.id && e.purpose === 'newsletter' && e.action === 'granted');
      expect(grants).toHaveLength(subscriber.status === 'active' ? 1 : 0);
    }
    expect(subscribers.some((s) => s.status === 'pending')).toBe(true);
    expect(events.some((e) => e.purpose === 'share_with_client' && e.action === 'withdrawn')).toBe(true);
    expect(events.some((e) => e.subjectType === 'person' && e.purpose === 'web_analytics')).toBe(true);

    // Each share relies on a grant for that very candidate and case, made before the share.
    const shares = await db.select().from(schema.candidateShares);
    for (const share of shares) {
      const consent = events.find((e) => e.id === share.consentEventId);
      expect(consent).toMatchObject({ purpose: 'share_with_client', action: 'granted', candidateId: share.candidateId, caseId: share.caseId });
      expect(share.sharedAt.getTime()).toBeGreaterThan(consent?.occurredAt.getTime() ?? Infinity);
      const withdrawal = events.find((e) => e.candidateId === share.candidateId && e.caseId === share.caseId && e.action === 'withdrawn');
      if (withdrawal) expect(share.sharedAt.getTime()).toBeLessThan(withdrawal.occurredAt.getTime());
    }
  });

  it('puts the demo staff user on some cases only, and notes only by case members', async () => {
    const { db } = database;
    const [staff] = await db.select().from(schema.users).where(eq(schema.users.email, 'medarbeider@demo.example'));
    const members = await db.select().from(schema.caseMembers);
    const cases = await db.select().from(schema.cases);
    const staffCases = new Set(members.filter((m) => m.userId === staff?.id).map((m) => m.caseId));
    expect(staffCases.size).toBeGreaterThan(0);
    expect(staffCases.size).toBeLessThan(cases.length);
    expect(cases.some((c) => c.status === 'closed') && cases.some((c) => c.status === 'open')).toBe(true);

    const notes = await db.select().from(schema.callNotes);
    for (const note of notes) {
      expect(members.some((m) => m.caseId === note.caseId && m.userId === note.authorId)).toBe(true);
      const seedCase = cases.find((c) => c.id === note.caseId);
      expect(note.occurredAt >= (seedCase?.openedAt ?? new Date(0))).toBe(true);
      if (seedCase?.closedAt) expect(note.occurredAt <= seedCase.closedAt).toBe(true);
      // Nothing that looks like a fødselsnummer (11 digits) in the demo notes.
      expect(note.body).not.toMatch(/\d{6}\s?\d{5}/);
    }
    expect(notes.some((n) => n.authorId === staff?.id)).toBe(true);
    expect(notes.some((n) => n.candidateId !== null)).toBe(true);
  });

  it('registers the vendors, agreements and rules the dashboard warns about', async () => {
    const { db } = database;
    const processors = await db.select().from(schema.processors);
    const agreements = await db.select().from(schema.processorAgreements);
    const agreementOf = (name: string) => agreements.find((a) => a.processorId === processors.find((p) => p.name === name)?.id);
    expect(agreementOf('WP-Hosting AS')).toMatchObject({ kind: 'data_processing_agreement', status: 'signed' });
    expect([...(agreementOf('WP-Hosting AS')?.clauses ?? [])].sort()).toEqual([...schema.art28Clauses].sort());
    expect(agreementOf('Evolve Communication AS')?.status).not.toBe('signed');
    const evolve = processors.find((p) => p.name === 'Evolve Communication AS');
    expect(processors.some((p) => p.role === 'sub_processor' && p.parentProcessorId === evolve?.id)).toBe(true);
    const google = processors.filter((p) => p.name.startsWith('Google'));
    expect(google.every((p) => p.dataLocation === 'third_country' && p.transferBasis !== null && p.listedInPrivacyStatement)).toBe(true);

    const today = new Date().toISOString().slice(0, 10);
    const in30 = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    expect(agreements.some((a) => a.reviewDueOn < today)).toBe(true);
    expect(agreements.some((a) => a.reviewDueOn >= today && a.reviewDueOn <= in30)).toBe(true);

    const rules = await db.select().from(schema.retentionRules);
    expect(rules.map((r) => r.category).sort()).toEqual([...schema.retentionCategories].sort());
    const activities = await db.select().from(schema.processingActivities);
    expect(activities.filter((a) => a.retentionRuleId !== null).length).toBeGreaterThanOrEqual(5);

    const requests = await db.select().from(schema.dataSubjectRequests);
    expect(requests.map((r) => r.kind)).toEqual(expect.arrayContaining(['access', 'erasure', 'rectification']));
    expect(requests.some((r) => r.status === 'completed')).toBe(true);
    expect(requests.some((r) => r.status !== 'completed' && (r.extendedDueOn ?? r.dueOn) < today)).toBe(true);
  });

  it('puts nothing in the future', async () => {
    const [row] = await database.db.execute<{ latest: Date | string }>(sql`
      select greatest(
        (select max(last_activity_at) from candidates), (select max(occurred_at) from call_notes),
        (select max(occurred_at) from consent_events), (select max(shared_at) from candidate_shares),
        (select max(received_at) from contact_inquiries), (select max(created_at) from newsletter.subscribers)
      ) as latest`).then((r) => (Array.isArray(r) ? r : (r as unknown as { rows: { latest: Date | string }[] }).rows));
    expect(new Date(row?.latest ?? 0).getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('gives the same data in a fresh database', async () => {
    const other = await createTestDatabase();
    try {
      await seedDemoData(other.db, { onlyIfEmpty: true });
      const read = (db: TestDatabase['db']) =>
        db
          .select({ id: schema.candidates.id, fullName: schema.candidates.fullName, email: schema.candidates.email, phone: schema.candidates.phone, skills: schema.candidates.skills })
          .from(schema.candidates)
          .orderBy(asc(schema.candidates.fullName));
      const mine = await read(database.db);
      expect(await read(other.db)).toEqual(mine);
      const docs = (db: TestDatabase['db']) => db.select({ sha256: schema.candidateDocuments.sha256 }).from(schema.candidateDocuments).orderBy(asc(schema.candidateDocuments.id));
      expect(await docs(other.db)).toEqual(await docs(database.db));
    } finally {
      await other.close();
    }
  });

  it('leaves nothing behind when any part of the seed fails', async () => {
    const other = await createTestDatabase();
    try {
      // A retention rule already there makes the seed's late insert of retention rules fail.
      await other.db.insert(schema.retentionRules).values({ category: 'answered_inquiries', description: 'x', durationMonths: 1, countsFrom: 'inquiry_answered', action: 'delete', legalBasis: 'x' });
      await expect(seedDemoData(other.db, { onlyIfEmpty: true })).rejects.toThrow();
      const counts = await countAll(other as TestDatabase);
      expect(counts).toMatchObject({ users: 0, candidates: 0, cases: 0, consentEvents: 0, subscribers: 0, processors: 0, retentionRules: 1 });
    } finally {
      await other.close();
    }
  });
});
