import fc from 'fast-check';
import type { GraphQLArgument, GraphQLEnumType, GraphQLField, GraphQLInputObjectType, GraphQLInputType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestCase } from '../../src/features/cases/cases.fixtures.ts';
import { buildRawSchema } from '../../src/graphql/schema.ts';
import { startTestServer, type TestServer } from '../harness.ts';
import { codesOf, leaksInternals, postRaw } from './hostile-support.ts';

/**
 * Property-based fuzzing of every mutation's arguments, generated from the schema: mostly
 * well-shaped values (so requests get past GraphQL validation into the services) mixed with
 * garbage. Whatever arrives, the answer is a client error or a success — never a 5xx, never
 * INTERNAL_SERVER_ERROR, never a stack trace or SQL.
 */
const schema = buildRawSchema();
// Mutations that end the caller's own session would only fuzz the next login.
const skipped = new Set(['logout']);
const mutations = Object.values(schema.getMutationType()!.getFields()).filter((f) => !skipped.has(f.name));

// graphql-js's isXType() may see a second copy of the module under vitest; read the constructor name.
const kind = (type: unknown) => (type as { constructor: { name: string } }).constructor.name;
const unwrap = (type: GraphQLInputType) => (type as unknown as { ofType: GraphQLInputType }).ofType;

const nastyStrings = [
  '', ' ', '\u0000', 'a\u0000b', '\uD800', '\uFFFF', 'x'.repeat(5_001), "'; drop table candidates; --", '%s%n%x', '${7*7}', '<script>alert(1)</script>',
  '../../etc/passwd', '2020-02-30', '9999-12-31T23:59:59Z', '0000-00-00', '+4712345678', '12345678', '+999999999999999999', 'a@example.test', 'A@EXAMPLE.TEST ',
  'not-an-email@', '00000000-0000-0000-0000-000000000000', 'NaN', '-1', '1e309', '🙂'.repeat(300), 'ǅ̶̡̛̗͚', '\r\n\t', 'null', 'true', 'partner',
];
const garbage = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(...nastyStrings));

function arbitraryFor(type: GraphQLInputType, ids: string[], depth = 0, name = ''): fc.Arbitrary<unknown> {
  const shaped = shapedFor(type, ids, depth, name);
  return fc.oneof({ arbitrary: shaped, weight: 6 }, { arbitrary: garbage, weight: 1 });
}

function shapedFor(type: GraphQLInputType, ids: string[], depth: number, name: string): fc.Arbitrary<unknown> {
  const k = kind(type);
  if (k === 'GraphQLNonNull') return shapedFor(unwrap(type), ids, depth, name);
  if (k === 'GraphQLList') return fc.array(arbitraryFor(unwrap(type), ids, depth + 1, name), { maxLength: depth > 2 ? 0 : 4 });
  if (k === 'GraphQLEnumType') {
    const values = (type as GraphQLEnumType).getValues().map((v) => v.value as string);
    return fc.oneof({ arbitrary: fc.constantFrom(...values), weight: 5 }, { arbitrary: fc.string({ maxLength: 12 }), weight: 1 });
  }
  if (k === 'GraphQLInputObjectType') {
    const fields = Object.values((type as GraphQLInputObjectType).getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) {
      const nullable = kind(field.type) !== 'GraphQLNonNull';
      record[field.name] = nullable ? fc.option(arbitraryFor(field.type, ids, depth + 1, field.name), { nil: null, freq: 4 }) : arbitraryFor(field.type, ids, depth + 1, field.name);
    }
    const required = fields.filter((f) => kind(f.type) === 'GraphQLNonNull').map((f) => f.name);
    return fc.record(record, { requiredKeys: required });
  }
  switch ((type as { name: string }).name) {
    case 'ID':
      return fc.oneof({ arbitrary: fc.constantFrom(...ids), weight: 4 }, { arbitrary: fc.uuid(), weight: 2 }, { arbitrary: fc.string({ maxLength: 40 }), weight: 1 });
    case 'Int':
      return fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31)));
    case 'Float':
      return fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(0, -1, 1e308));
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return fc.oneof(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
        fc.constantFrom('2020-01-01T00:00:00Z', '2020-13-01T00:00:00Z', '1970-01-01', 'yesterday', '+275760-09-13T00:00:00.000Z'),
      );
    case 'Date':
      return fc.oneof(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
        fc.constantFrom('2020-02-30', '0001-01-01', '2020-1-1', 'x'),
      );
    default:
      return textFor(name);
  }
}

/** Text that looks right for the field (so other checks pass), sometimes with a NUL inside. */
function textFor(name: string): fc.Arbitrary<string> {
  const plausible = /email/i.test(name)
    ? fc.emailAddress().map((e) => e.slice(-200))
    : /phone/i.test(name)
      ? fc.constantFrom('+4791234567', '91234567', '+46701234567', '+1 202 555 0143')
      : /password/i.test(name)
        ? fc.constantFrom('correct horse battery staple', 'short')
        : fc.string({ minLength: 1, maxLength: 60 });
  const base = fc.oneof(
    { arbitrary: plausible, weight: 6 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 2 },
    { arbitrary: fc.constantFrom(...nastyStrings), weight: 2 },
  );
  return fc.tuple(base, fc.nat({ max: 7 }), fc.nat()).map(([text, roll, at]) => {
    if (roll !== 0) return text;
    const i = at % (text.length + 1);
    return `${text.slice(0, i)}\u0000${text.slice(i)}`;
  });
}

function documentFor(field: GraphQLField<unknown, unknown>): string {
  const args: readonly GraphQLArgument[] = field.args;
  const signature = args.length ? `(${args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ')})` : '';
  const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  let named: unknown = field.type;
  while ((named as { ofType?: unknown }).ofType) named = (named as { ofType: unknown }).ofType;
  const selection = kind(named) === 'GraphQLObjectType' ? ' { __typename }' : '';
  return `mutation${signature} { ${field.name}${call}${selection} }`;
}

describe('fuzzing every mutation', () => {
  let server: TestServer;
  let client: Awaited<ReturnType<TestServer['signIn']>>['client'];
  const ids: string[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    const partner = await server.signIn('partner');
    client = partner.client;
    const staff = await server.signIn('staff');
    const { id: caseId } = await openTestCase(partner, { memberIds: [staff.user.id] });
    const candidate = await client.data(`mutation { createCandidate(input: { fullName: "Fuzz Fixture", email: "fuzz@example.test" }) { id } }`);
    // Real ids, so generated calls reach the services' own checks; never the caller's own user.
    ids.push(caseId, candidate.createCandidate.id, staff.user.id);
  });
  afterAll(async () => {
    if (server) expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    await server?.close();
  });

  it.each(mutations.map((m) => [m.name, m] as const))('%s', async (_name, field) => {
    const document = documentFor(field);
    const variables = fc.record(Object.fromEntries(field.args.map((a) => [a.name, kind(a.type) === 'GraphQLNonNull' ? arbitraryFor(a.type, ids, 0, a.name) : fc.option(arbitraryFor(a.type, ids, 0, a.name), { nil: null })])));
    await fc.assert(
      fc.asyncProperty(variables, async (vars) => {
        const response = await postRaw(client, JSON.stringify({ query: document, variables: vars }));
        const problem = `${field.name} ${JSON.stringify(vars).slice(0, 400)} → ${response.status} ${response.body.slice(0, 300)}`;
        expect(response.status, problem).toBeLessThan(500);
        expect(codesOf(response), problem).not.toContain('INTERNAL_SERVER_ERROR');
        expect(leaksInternals(response.body), problem).toBe(false);
      }),
      { numRuns: 25, seed: 20_240_608, endOnFailure: true },
    );
  });
});
