import { randomUUID } from 'node:crypto';
import type { GraphQLEnumType, GraphQLField, GraphQLInputObjectType, GraphQLInputType, GraphQLOutputType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema as tables } from '@pvr/db';
import { eq } from '@pvr/db/orm';
import { accessRules } from '../src/graphql/access.ts';
import { buildRawSchema } from '../src/graphql/schema.ts';
import { startTestServer, type TestClient, type TestServer } from './harness.ts';

type Caller = 'anonymous' | 'partner' | 'staff' | 'auditor' | 'disabled';
const everyone = ['partner', 'staff', 'auditor'] as const;

/**
 * Who may call each root field (DOMAIN.md's role table). A new field fails the first test
 * until it is listed here, so no field ships without a decision.
 */
const expected: Record<string, 'public' | readonly ('partner' | 'staff' | 'auditor')[]> = {
  'Query.me': 'public',
  'Query.users': everyone,
  'Query.candidates': everyone,
  'Query.candidate': everyone,
  'Query.cases': everyone,
  'Query.case': everyone,
  'Query.searchCases': everyone,
  'Query.callNotes': everyone,
  'Query.consentHistory': everyone,
  'Query.currentConsents': everyone,
  'Query.consentAsOf': everyone,
  'Query.recentConsentEvents': everyone,
  'Query.subscribers': ['partner', 'auditor'],
  'Query.processors': ['partner', 'auditor'],
  'Query.processor': ['partner', 'auditor'],
  'Query.agreementsDueForReview': ['partner', 'auditor'],
  'Query.processorsWithoutSignedAgreement': ['partner', 'auditor'],
  'Query.overview': ['partner', 'auditor'],
  'Query.outbox': ['partner'],
  'Query.auditLog': ['partner', 'auditor'],
  'Query.auditChainStatus': ['partner', 'auditor'],
  'Query.search': everyone,
  'Query.dataSubjectRequests': ['partner', 'auditor'],
  'Query.dataSubjectRequest': ['partner', 'auditor'],
  'Query.findPerson': ['partner'],
  'Query.candidateShares': ['partner', 'auditor'],
  'Query.subjectExportSummary': ['partner'],
  'Query.erasureImpact': ['partner'],
  'Mutation.login': 'public',
  'Mutation.logout': 'public',
  'Mutation.reauthenticate': everyone,
  'Mutation.changePassword': everyone,
  'Mutation.createUser': ['partner'],
  'Mutation.setUserRole': ['partner'],
  'Mutation.disableUser': ['partner'],
  'Mutation.enableUser': ['partner'],
  'Mutation.createCandidate': ['partner'],
  'Mutation.updateCandidate': ['partner'],
  'Mutation.uploadCandidateDocument': ['partner'],
  'Mutation.recordConsent': ['partner', 'staff'],
  'Mutation.addSubscriber': ['partner'],
  'Mutation.removeSubscriber': ['partner'],
  'Mutation.openCase': ['partner'],
  'Mutation.closeCase': ['partner'],
  'Mutation.reopenCase': ['partner'],
  'Mutation.addCaseMember': ['partner'],
  'Mutation.removeCaseMember': ['partner'],
  'Mutation.logCallNote': ['partner', 'staff'],
  'Mutation.createProcessor': ['partner'],
  'Mutation.updateProcessor': ['partner'],
  'Mutation.deleteProcessor': ['partner'],
  'Mutation.createAgreement': ['partner'],
  'Mutation.updateAgreement': ['partner'],
  'Query.retentionRules': ['partner', 'auditor'],
  'Query.retentionRuns': ['partner', 'auditor'],
  'Query.retentionRun': ['partner', 'auditor'],
  'Mutation.updateRetentionRule': ['partner'],
  'Mutation.runRetention': ['partner'],
  'Query.complianceTasks': ['partner', 'auditor'],
  'Query.checkSensitiveText': ['partner', 'staff'],
  'Mutation.attestComplianceTask': ['partner'],
  'Mutation.markUserDeparted': ['partner'],
  'Query.processingActivities': ['partner', 'auditor'],
  'Query.processingActivity': ['partner', 'auditor'],
  'Query.privacyStatementLists': ['partner', 'auditor'],
  'Mutation.createProcessingActivity': ['partner'],
  'Mutation.updateProcessingActivity': ['partner'],
  'Mutation.registerRequest': ['partner'],
  'Mutation.requestIdentityVerification': ['partner'],
  'Mutation.verifyIdentity': ['partner'],
  'Mutation.startRequestWork': ['partner'],
  'Mutation.extendRequestDeadline': ['partner'],
  'Mutation.completeRequest': ['partner'],
  'Mutation.refuseRequest': ['partner'],
  'Mutation.assignRequestHandler': ['partner'],
  'Mutation.addRequestComment': ['partner'],
  'Mutation.shareCandidate': ['partner'],
  'Mutation.eraseDataSubject': ['partner'],
};

/**
 * Root fields that touch no data subject's personal data, so a successful call leaves no audit
 * entry: the firm's own register of vendors, its users (public facts), aggregate counts.
 */
const notAudited = new Set([
  'Query.me',
  'Query.users',
  'Query.processors',
  'Query.processor',
  'Query.agreementsDueForReview',
  'Query.processorsWithoutSignedAgreement',
  'Query.overview',
  'Query.auditChainStatus',
  'Query.retentionRules',
  'Query.retentionRuns',
  'Query.retentionRun',
  'Query.complianceTasks',
  'Query.checkSensitiveText',
  'Query.processingActivities',
  'Query.processingActivity',
  'Query.privacyStatementLists',
]);

/** Fields whose call changes the caller's own session; their access is checked by declaration. */
const sessionFields = new Set(['Mutation.login', 'Mutation.logout', 'Mutation.reauthenticate', 'Mutation.changePassword']);

const schema = buildRawSchema();

// graphql-js's isXType() checks refuse types built by another copy of the module (vitest may
// load graphql twice: ESM and CJS), so the kinds are read by constructor name instead.
const kind = (type: unknown) => (type as { constructor: { name: string } }).constructor.name;
const isNonNullType = (type: unknown): type is { ofType: GraphQLInputType } => kind(type) === 'GraphQLNonNull';
const isListType = (type: unknown) => kind(type) === 'GraphQLList';
const isEnumType = (type: unknown): type is GraphQLEnumType => kind(type) === 'GraphQLEnumType';
const isInputObjectType = (type: unknown): type is GraphQLInputObjectType => kind(type) === 'GraphQLInputObjectType';
const isScalarType = (type: unknown): type is { name: string } => kind(type) === 'GraphQLScalarType';
const namedKind = (type: GraphQLOutputType): string => {
  let current: unknown = type;
  while ('ofType' in (current as object)) current = (current as { ofType: unknown }).ofType;
  return kind(current);
};

/** A type-correct dummy value, so the request reaches the access check rather than failing validation. */
function dummyValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return dummyValue(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, dummyValue(f.type)]),
    );
  }
  if (isScalarType(type)) {
    return { ID: randomUUID(), String: 'x', Int: 1, Float: 1, Boolean: false, DateTime: '2020-01-01T00:00:00Z', Date: '2020-01-01' }[type.name] ?? 'x';
  }
  return null;
}

function operationFor(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const variables: Record<string, unknown> = {};
  const declared = field.args.filter((a) => isNonNullType(a.type)).map((a) => {
    variables[a.name] = dummyValue(a.type);
    return { name: a.name, type: a.type.toString() };
  });
  const signature = declared.length ? `(${declared.map((a) => `$${a.name}: ${a.type}`).join(', ')})` : '';
  const args = declared.length ? `(${declared.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const selection = namedKind(field.type) === 'GraphQLObjectType' ? ' { __typename }' : '';
  return { document: `${operation}${signature} { ${field.name}${args}${selection} }`, variables };
}

describe('access matrix', () => {
  let server: TestServer;
  const clients = {} as Record<Caller, TestClient>;

  beforeAll(async () => {
    server = await startTestServer();
    clients.anonymous = server.anonymous();
    for (const role of everyone) clients[role] = (await server.signIn(role)).client;
    const disabled = await server.signIn('staff');
    await clients.partner.data(`mutation($id: ID!) { disableUser(userId: $id) { id } }`, { id: disabled.user.id });
    clients.disabled = disabled.client;
  });
  afterAll(() => server?.close());

  it('has a decision for every root field, and the schema declares exactly that', () => {
    const declared = accessRules(schema);
    const undecided = [...declared.keys()].filter((name) => !(name in expected));
    expect(undecided, 'root fields without an entry in the access matrix').toEqual([]);
    const stale = Object.keys(expected).filter((name) => !declared.has(name));
    expect(stale, 'entries for fields that no longer exist').toEqual([]);
    for (const [name, rule] of declared) {
      expect(rule, `${name} has no @access directive`).toBeDefined();
      const want = expected[name]!;
      if (want === 'public') expect(rule?.public, name).toBe(true);
      else expect({ name, roles: [...(rule?.roles ?? [])].sort() }).toEqual({ name, roles: [...want].sort() });
    }
  });

  it('lets each caller through exactly the fields the matrix allows', async () => {
    const outcomes: string[] = [];
    for (const [operation, root] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
      for (const field of Object.values(root!.getFields())) {
        const name = `${root!.name}.${field.name}`;
        if (sessionFields.has(name)) continue;
        const { document, variables } = operationFor(operation, field);
        for (const caller of ['anonymous', 'disabled', 'staff', 'auditor', 'partner'] as const) {
          const want = expected[name];
          const allowed = want === 'public' || (caller !== 'anonymous' && caller !== 'disabled' && want!.includes(caller));
          const result = await clients[caller].request(document, variables);
          const code = result.errors?.[0]?.extensions?.code;
          expect(result.status, `${name} as ${caller}: ${JSON.stringify(result.errors)}`).toBeLessThan(500);
          const refused = code === 'UNAUTHENTICATED' || (code === 'FORBIDDEN' && result.errors?.[0]?.path?.length === 1);
          outcomes.push(`${name} ${caller} ${refused ? 'refused' : 'allowed'}`);
          expect(refused, `${name} as ${caller} → ${code ?? 'ok'}`).toBe(!allowed);
          if (!allowed) expect(code).toBe(caller === 'anonymous' || caller === 'disabled' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
          // A refused or failed call leaves no trace of work; a successful one on personal data does.
          const audited = await server.db.$count(tables.auditLog, eq(tables.auditLog.requestId, result.requestId));
          const succeeded = !result.errors?.length;
          if (!succeeded) expect(audited, `${name} as ${caller} failed but wrote audit entries`).toBe(0);
          else if (notAudited.has(name)) expect(audited, `${name} wrote audit entries`).toBe(0);
          else expect(audited, `${name} as ${caller} succeeded without an audit entry`).toBeGreaterThan(0);
        }
      }
    }
    expect(outcomes.length).toBeGreaterThan(100);
  });
});
