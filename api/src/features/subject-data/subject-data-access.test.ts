import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@pvr/db';
import { eq, sql } from '@pvr/db/orm';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import type { SignedIn } from '../cases/cases.fixtures.ts';

const eraseMutation = `mutation($subject: SubjectInput!, $confirm: Boolean!) { eraseDataSubject(subject: $subject, confirm: $confirm) { tombstoneId } }`;
const impactQuery = `query($subject: SubjectInput!) { erasureImpact(subject: $subject) { counts { candidate } } }`;
const summaryQuery = `query($subject: SubjectInput!) { subjectExportSummary(subject: $subject) { total } }`;

describe('who may export and erase a person', () => {
  let server: TestServer;
  let partner: SignedIn;
  let candidateId: string;
  beforeAll(async () => {
    server = await startTestServer();
    partner = await server.signIn('partner');
    const { createCandidate } = await partner.client.data(`mutation { createCandidate(input: { fullName: "Vera Vernet", email: "vera@example.test" }) { id } }`);
    candidateId = createCandidate.id;
  });
  afterAll(() => server?.close());

  const stillThere = async () => (await server.db.$count(schema.candidates, eq(schema.candidates.id, candidateId))) === 1;

  it('refuses erasure without a fresh password check, and without confirm', async () => {
    await server.db.execute(sql`update sessions set reauthenticated_at = now() - interval '10 minutes' where user_id = ${partner.user.id}`);
    const stale = await partner.client.request(eraseMutation, { subject: { candidateId }, confirm: true });
    expect(stale.errors?.[0]?.extensions?.code).toBe('REAUTHENTICATION_REQUIRED');
    expect(await stillThere()).toBe(true);

    await partner.client.data(`mutation($password: String!) { reauthenticate(password: $password) }`, { password: partner.password });
    const unconfirmed = await partner.client.request(eraseMutation, { subject: { candidateId }, confirm: false });
    expect(unconfirmed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'confirm' });
    const ambiguous = await partner.client.request(eraseMutation, { subject: { candidateId, email: 'vera@example.test' }, confirm: true });
    expect(ambiguous.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await stillThere()).toBe(true);
    expect(await server.db.$count(schema.erasureTombstones)).toBe(0);
  });

  it('refuses staff and auditors everything, and anonymous callers', async () => {
    for (const role of ['staff', 'auditor'] as const) {
      const { client } = await server.signIn(role);
      for (const [document, variables] of [
        [eraseMutation, { subject: { candidateId }, confirm: true }],
        [impactQuery, { subject: { candidateId } }],
        [summaryQuery, { subject: { candidateId } }],
      ] as const) {
        const result = await client.request(document, variables);
        expect(result.errors?.[0]?.extensions?.code, `${role}: ${document}`).toBe('FORBIDDEN');
      }
    }
    const anonymous = await server.anonymous().request(eraseMutation, { subject: { candidateId }, confirm: true });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await stillThere()).toBe(true);
  });

  it('lets only partners download an export: 200, staff 403, auditor 403, anonymous 401', async () => {
    const path = `/files/subject-export/portability?candidateId=${candidateId}`;
    expect((await partner.client.fetch(path)).status).toBe(200);
    expect((await (await server.signIn('staff')).client.fetch(path)).status).toBe(403);
    expect((await (await server.signIn('auditor')).client.fetch(path)).status).toBe(403);
    const anonymous = await server.anonymous().fetch(path);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toContain('Vera');
    // Only the partner's download was audited.
    expect(await server.db.$count(schema.auditLog, eq(schema.auditLog.action, 'subject.export'))).toBe(1);
  });

  it('lets a partner with a fresh password check erase, once', async () => {
    await partner.client.data(`mutation($password: String!) { reauthenticate(password: $password) }`, { password: partner.password });
    const { eraseDataSubject } = await partner.client.data(eraseMutation, { subject: { candidateId }, confirm: true });
    expect(eraseDataSubject.tombstoneId).toEqual(expect.any(String));
    expect(await stillThere()).toBe(false);
    const again = await partner.client.request(eraseMutation, { subject: { candidateId }, confirm: true });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
