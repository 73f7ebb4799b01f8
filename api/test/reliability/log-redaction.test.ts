import { Writable } from 'node:stream';
import pino, { type LoggerOptions } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema as tables } from '@pvr/db';
import { loadConfig } from '../../src/config.ts';
import { loggerOptions } from '../../src/logger.ts';
import { demoLogins } from '../../src/seed/demo-logins.ts';
import { TestClient } from '../harness.ts';
import { startProduct, type Product } from './product-process.ts';

/** The person this test makes up: every identifier is distinctive enough to grep for. */
const person = {
  fullName: 'Zyxwer Qlomtastic',
  email: 'zyxwer.qlomtastic@example.test',
  phone: '+4791827364',
  nationalPhone: '91827364',
  note: 'Qlomtastic vil ha tilbud om stillingen',
  subscriber: 'vubbelfrank.subscriber@example.test',
};

/**
 * Runs the journeys' kinds of traffic against the real product at LOG_LEVEL=debug and greps the
 * whole server log for every person's identifiers: none may appear.
 */
describe('operational logging', () => {
  let product: Product;
  beforeAll(async () => {
    product = await startProduct({ LOG_LEVEL: 'debug' });
  }, 180_000);
  afterAll(() => product?.cleanUp());

  it('logs request ids and timings, and no name, email, phone or note text', async () => {
    const partner = new TestClient(product.baseUrl);
    const demoPartner = demoLogins.find((l) => l.role === 'partner')!;
    await partner.data(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`, { e: demoPartner.email, p: demoPartner.password });
    const intruder = new TestClient(product.baseUrl);
    await intruder.request(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`, { e: person.email, p: person.fullName });

    const { createCandidate } = await partner.data(
      `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`,
      { input: { fullName: person.fullName, email: person.email, phone: person.nationalPhone, summary: person.note } },
    );
    const candidateId = createCandidate.id as string;
    // A duplicate (constraint error) and a refused input that quotes the person.
    await partner.request(`mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`, { input: { fullName: person.fullName, email: person.email } });
    await partner.request(`mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`, { input: { fullName: person.fullName, email: `${person.fullName}@` } });
    await partner.data(`mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`, {
      input: { subject: { candidateId }, purpose: 'candidate_registry', action: 'granted', method: 'phone', evidenceNote: person.note },
    });
    const { cases } = await partner.data(`{ cases(first: 1) { nodes { id } } }`);
    await partner.data(`mutation($input: LogCallNoteInput!) { logCallNote(input: $input) { id } }`, {
      input: { caseId: cases.nodes[0].id, direction: 'incoming', otherPartyName: person.fullName, otherPartyPhone: person.phone, candidateId, body: `${person.note}, ${person.email}` },
    });
    await partner.data(`query($s: String) { candidates(filter: { search: $s }) { totalCount } }`, { s: person.fullName });
    await partner.data(`query($s: String!) { search(text: $s) { __typename } }`, { s: person.email });
    await partner.fetch(`/graphql?query=${encodeURIComponent(`{ candidates(filter: { search: "${person.fullName}" }) { totalCount } }`)}`, { headers: { 'apollo-require-preflight': 'true' } });
    for (const kind of ['access', 'portability']) {
      expect((await partner.fetch(`/files/subject-export/${kind}?candidateId=${candidateId}&email=${encodeURIComponent(person.email)}`)).status).toBeLessThan(500);
      expect((await partner.fetch(`/files/subject-export/${kind}?candidateId=${candidateId}`)).status).toBe(200);
    }
    // Malformed bodies whose parser errors could quote the text.
    await partner.fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"query": "${person.fullName}` });
    await partner.fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: `${person.email} ${person.phone}` });

    const visitor = new TestClient(product.baseUrl);
    const form = { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' } } as const;
    expect((await visitor.fetch('/public/newsletter/subscribe', { ...form, body: `email=${encodeURIComponent(person.subscriber)}` })).status).toBeLessThan(500);
    await visitor.fetch('/public/newsletter/subscribe', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: person.email }) });
    await visitor.fetch('/public/newsletter/subscribe', { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"email": "${person.fullName}` });
    await visitor.fetch(`/public/newsletter/confirm?token=${encodeURIComponent(person.fullName)}`);
    await visitor.fetch('/public/my-account/link', { ...form, body: `email=${encodeURIComponent(person.email)}` });
    await visitor.fetch('/public/contact', { ...form, body: new URLSearchParams({ name: person.fullName, email: person.email, phone: person.phone, message: person.note }).toString() });

    await partner.data(`mutation($p: String!) { reauthenticate(password: $p) }`, { p: demoPartner.password });
    const erased = await partner.request(`mutation($id: ID!) { eraseDataSubject(subject: { candidateId: $id }, confirm: true) { tombstoneId } }`, { id: candidateId });
    expect(erased.errors, JSON.stringify(erased.errors)).toBeUndefined();

    const { code } = await product.stop('SIGTERM');
    expect(code).toBe(0);
    const log = product.output();
    const lines = log.split('\n').filter((l) => l.startsWith('{'));
    // Request ids and timings are there.
    expect(lines.some((l) => /"reqId":"[0-9a-f-]{36}".*"responseTime":\d/.test(l))).toBe(true);
    expect(lines.length).toBeGreaterThan(40);

    const db = await product.ownerDb();
    const seeded = await db.select({ fullName: tables.candidates.fullName, email: tables.candidates.email, phone: tables.candidates.phone }).from(tables.candidates);
    const subscribers = await db.select({ email: tables.subscribers.email }).from(tables.subscribers);
    const notes = await db.select({ body: tables.callNotes.body, otherPartyName: tables.callNotes.otherPartyName }).from(tables.callNotes);
    expect(seeded.length).toBeGreaterThan(5);
    const identifiers = new Set<string>([...Object.values(person), encodeURIComponent(person.fullName), person.fullName.replace(' ', '+'), person.email.replace('@', '%40')]);
    for (const c of seeded) for (const value of [c.fullName, c.email, c.phone, c.phone?.replace(/^\+47/, '')]) if (value) identifiers.add(value);
    for (const s of subscribers) identifiers.add(s.email);
    for (const n of notes) {
      identifiers.add(n.otherPartyName);
      if (n.body.length >= 12) identifiers.add(n.body.slice(0, 40));
    }
    const hits = [...identifiers].filter((id) => id.length >= 6 && log.toLowerCase().includes(id.toLowerCase()));
    expect(hits, `identifiers in the server log:\n${hits.map((h) => `${h}: ${lines.find((l) => l.toLowerCase().includes(h.toLowerCase()))}`).join('\n')}`).toEqual([]);
  }, 120_000);
});

describe('log redaction', () => {
  it('removes personal keys from any logged object, and logs errors by kind, not message', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(chunk.toString()), done()) });
    const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'debug', SECRET_KEY: 'x'.repeat(32), DATA_DIR: '/tmp' });
    const log = pino(loggerOptions(config) as LoggerOptions, sink);
    log.info({ candidate: { fullName: person.fullName, email: person.email }, input: { phone: person.phone }, deep: { a: { body: person.note } } }, 'by mistake');
    log.error({ err: new SyntaxError(`Unexpected token in "${person.fullName}"`) }, 'failed');
    const text = lines.join('');
    expect(text).toContain('by mistake');
    expect(text).toContain('SyntaxError');
    for (const value of [person.fullName, person.email, person.phone, person.note]) expect(text).not.toContain(value);
  });
});
