import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@pvr/db';
import { asc, eq } from '@pvr/db/orm';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { pseudonymOf } from '../../audit/pseudonym.ts';
import { verifyAuditChain } from '../../audit/verify-chain.ts';
import { needlesFor, scanForIdentifiers } from './identifier-scan.ts';
import { isErased } from './tombstones.ts';

const createCandidate = `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`;
const recordConsent = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id action purpose } }`;

const person = { name: 'Trude Trekkersen', email: 'trude.trekk@example.test', phone: '+4795512340', digits: '95512340', spaced: '955 12 340' };

describe('withdrawing candidate_registry consent', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('erases the candidate in the same transaction, keeps the audit entries, and a later import is recognised', async () => {
    const partner = await server.signIn('partner');
    const staff = await server.signIn('staff');
    const { createCandidate: candidate } = await partner.client.data(createCandidate, { input: { fullName: person.name, email: person.email, phone: person.spaced } });
    const registry = { subject: { candidateId: candidate.id }, purpose: 'candidate_registry', method: 'email' };
    await partner.client.data(recordConsent, { input: { ...registry, action: 'granted' } });
    await partner.client.data(recordConsent, { input: { subject: { candidateId: candidate.id }, purpose: 'web_analytics', method: 'web_form', action: 'granted' } });
    const secretKey = server.config.secretKey;
    expect(await isErased({ db: server.db, secretKey }, { email: person.email })).toBe(false);

    // A staff member records the withdrawal they received by email: that is enough.
    const { recordConsent: withdrawal } = await staff.client.data(recordConsent, { input: { ...registry, action: 'withdrawn' } });
    expect(withdrawal).toMatchObject({ action: 'withdrawn', purpose: 'candidate_registry' });

    expect(await server.db.$count(schema.candidates, eq(schema.candidates.id, candidate.id))).toBe(0);
    // The withdrawal event went with the rest of the history.
    expect(await server.db.$count(schema.consentEvents, eq(schema.consentEvents.candidateId, candidate.id))).toBe(0);
    expect(await scanForIdentifiers(server.db, needlesFor(person))).toEqual([]);

    const entries = await server.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.subjectPseudonym, pseudonymOf(secretKey, 'candidate', candidate.id)))
      .orderBy(asc(schema.auditLog.seq));
    expect(entries.map((e) => e.action)).toEqual(['candidate.create', 'consent.record', 'consent.record', 'consent.record', 'subject.erase']);
    expect(entries.at(-1)).toMatchObject({ actorId: staff.user.id, requestId: entries.at(-2)?.requestId, details: expect.objectContaining({ reason: 'consent_withdrawn' }) });
    expect(await verifyAuditChain(server.db)).toMatchObject({ ok: true });

    // The same person imported again is a new record, and can be recognised as erased before.
    await partner.client.data(createCandidate, { input: { fullName: person.name, email: person.email.toUpperCase() } });
    expect(await isErased({ db: server.db, secretKey }, { email: ` ${person.email.toUpperCase()} ` })).toBe(true);
    expect(await isErased({ db: server.db, secretKey }, { phone: person.phone })).toBe(true);
    expect(await isErased({ db: server.db, secretKey }, { email: 'someone.else@example.test' })).toBe(false);
    expect(await isErased({ db: server.db, secretKey: Buffer.from('another key') }, { email: person.email })).toBe(false);
  });

  it('leaves a candidate alone when other consents are withdrawn', async () => {
    const partner = await server.signIn('partner');
    const { createCandidate: candidate } = await partner.client.data(createCandidate, { input: { fullName: 'Bli Værende', email: 'bli@example.test' } });
    await partner.client.data(recordConsent, { input: { subject: { candidateId: candidate.id }, purpose: 'web_analytics', method: 'email', action: 'withdrawn' } });
    await partner.client.data(recordConsent, { input: { subject: { candidateId: candidate.id }, purpose: 'candidate_registry', method: 'email', action: 'granted' } });
    expect(await server.db.$count(schema.candidates, eq(schema.candidates.id, candidate.id))).toBe(1);
    expect(await server.db.$count(schema.consentEvents, eq(schema.consentEvents.candidateId, candidate.id))).toBe(2);
  });
});
