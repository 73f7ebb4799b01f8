import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@pvr/db';
import { desc, eq } from '@pvr/db/orm';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { logCallNoteMutation, noteInput, openTestCase, type SignedIn } from '../cases/cases.fixtures.ts';

// 311299 56715 is the textbook example of a valid fødselsnummer (check digits 1 and 5).
const bodyWithNumber = 'Kandidaten leste opp fødselsnummeret 31129956715 før jeg rakk å stoppe henne.';

describe('the sensitive-data guard on call notes', () => {
  let server: TestServer;
  let partner: SignedIn;
  let staff: SignedIn;
  let caseId: string;
  beforeAll(async () => {
    server = await startTestServer();
    partner = await server.signIn('partner');
    staff = await server.signIn('staff');
    caseId = (await openTestCase(partner, { memberIds: [staff.user.id] })).id;
  });
  afterAll(() => server?.close());

  const notes = () => server.db.$count(schema.callNotes);

  it('refuses a note with an identity number and no reason, saying where — not what — and stores nothing', async () => {
    const before = await notes();
    const auditBefore = await server.db.$count(schema.auditLog, eq(schema.auditLog.action, 'callNote.log'));
    const result = await staff.client.request(logCallNoteMutation, { input: noteInput(caseId, { body: bodyWithNumber }) });
    const error = result.errors?.[0];
    expect(error?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'body',
      reason: 'SENSITIVE_DATA',
      findings: [{ kind: 'fodselsnummer', start: 37, end: 48 }],
    });
    expect(JSON.stringify(result)).not.toContain('31129956715');
    expect(await notes()).toBe(before);
    expect(await server.db.$count(schema.auditLog, eq(schema.auditLog.action, 'callNote.log'))).toBe(auditBefore);
  });

  it('refuses special-category words the same way', async () => {
    const result = await partner.client.request(logCallNoteMutation, { input: noteInput(caseId, { body: 'Hun er sykemeldt og ber om at vi venter.' }) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ reason: 'SENSITIVE_DATA', findings: [{ kind: 'special_category', start: 7, end: 16 }] });
  });

  it('stores the note with a reason, and the audit entry says the warning was overridden — never the text', async () => {
    const reason = 'Kandidaten ba oss notere nummeret for lønnsoppsett hos kunden.';
    const { logCallNote } = await staff.client.data(logCallNoteMutation, { input: noteInput(caseId, { body: bodyWithNumber, sensitiveOverrideReason: reason }) });
    const [row] = await server.db.select().from(schema.callNotes).where(eq(schema.callNotes.id, logCallNote.id));
    expect(row).toMatchObject({ body: bodyWithNumber, sensitiveOverrideReason: reason });
    const [entry] = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, logCallNote.id)).orderBy(desc(schema.auditLog.seq));
    expect(entry).toMatchObject({ action: 'callNote.log', details: { sensitiveOverride: true } });
    expect(JSON.stringify(entry)).not.toMatch(/31129956715|lønnsoppsett|fødselsnummeret/);
  });

  it('keeps no reason where nothing was found, and an ordinary note is not marked', async () => {
    const { logCallNote } = await staff.client.data(logCallNoteMutation, {
      input: noteInput(caseId, { body: 'Ring tilbake på +47 912 34 567 i morgen.', sensitiveOverrideReason: 'unødvendig' }),
    });
    const [row] = await server.db.select().from(schema.callNotes).where(eq(schema.callNotes.id, logCallNote.id));
    expect(row?.sensitiveOverrideReason).toBeNull();
    const [entry] = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, logCallNote.id));
    expect(entry?.details).not.toHaveProperty('sensitiveOverride');
  });

  it('answers checkSensitiveText for the dashboard, without storing anything', async () => {
    const before = await server.db.$count(schema.auditLog);
    const { checkSensitiveText } = await staff.client.data(`query($text: String!) { checkSensitiveText(text: $text) { kind start end category } }`, {
      text: 'Fnr 311299 56715, medlem av fagforeningen.',
    });
    expect(checkSensitiveText).toEqual([
      { kind: 'fodselsnummer', start: 4, end: 16, category: null },
      { kind: 'special_category', start: 28, end: 41, category: 'trade_union' },
    ]);
    expect(await server.db.$count(schema.auditLog)).toBe(before);
  });
});
