import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@pvr/db';
import { eq, inArray } from '@pvr/db/orm';
import { startTestServer, type TestServer } from '../../../test/harness.ts';

type Client = Awaited<ReturnType<TestServer['signIn']>>['client'];

const fields = `id name organisationNumber role parentProcessor { id name } serviceDescription dataCategories dataSubjectCategories
  hasPersonalDataAccess dataLocation countries transferBasis website listedInPrivacyStatement optOutUrl hasSignedAgreement`;
const createMutation = `mutation($input: CreateProcessorInput!) { createProcessor(input: $input) { ${fields} } }`;
const updateMutation = `mutation($id: ID!, $input: UpdateProcessorInput!) { updateProcessor(id: $id, input: $input) { ${fields} } }`;
const deleteMutation = `mutation($id: ID!) { deleteProcessor(id: $id) }`;
const agreementMutation = `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { id status } }`;

const wpHosting = {
  name: 'WP-Hosting AS',
  organisationNumber: '986 105 174',
  role: 'processor',
  serviceDescription: 'Web hosting, development and maintenance of aprimo.no',
  dataCategories: ['contact details', 'contact details', 'CV'],
  dataSubjectCategories: ['candidates', 'website visitors'],
  dataLocation: 'eea',
  countries: ['no'],
  website: 'HTTPS://wp-hosting.no',
};

describe('processors', () => {
  let server: TestServer;
  let partner: Client;
  let createProcessor: (input: Record<string, unknown>) => Promise<Record<string, any>>;
  beforeAll(async () => {
    server = await startTestServer();
    partner = (await server.signIn('partner')).client;
    createProcessor = async (input) => (await partner.data(createMutation, { input })).createProcessor;
  });
  afterAll(() => server?.close());

  it('creates a processor with normalised fields and audits it by id only', async () => {
    const created = await createProcessor(wpHosting);
    expect(created).toMatchObject({
      organisationNumber: '986105174',
      role: 'processor',
      parentProcessor: null,
      dataCategories: ['contact details', 'CV'],
      hasPersonalDataAccess: true,
      countries: ['NO'],
      transferBasis: null,
      website: 'https://wp-hosting.no',
      listedInPrivacyStatement: false,
      hasSignedAgreement: false,
    });
    const entries = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, created.id)).orderBy(schema.auditLog.seq);
    expect(entries.map((e) => [e.action, e.entityType])).toEqual([['processor.create', 'processor']]);
    expect(JSON.stringify(entries)).not.toContain('WP-Hosting');
  });

  it('refuses a third-country transfer without a transfer basis, on create and on update, storing nothing', async () => {
    const before = await server.db.$count(schema.processors);
    const google = { name: 'Google Ireland', role: 'independent_controller', serviceDescription: 'Analytics', dataLocation: 'third_country', countries: ['US'] };
    const refused = await partner.request(createMutation, { input: google });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'transferBasis' });
    expect(await server.db.$count(schema.processors)).toBe(before);

    const created = await createProcessor({ ...google, transferBasis: 'adequacy_decision' });
    expect(created).toMatchObject({ dataLocation: 'third_country', transferBasis: 'adequacy_decision' });
    const cleared = await partner.request(updateMutation, { id: created.id, input: { transferBasis: null } });
    expect(cleared.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'transferBasis' });
    const [stored] = await server.db.select().from(schema.processors).where(eq(schema.processors.id, created.id));
    expect(stored?.transferBasis).toBe('adequacy_decision');

    const noCountry = await partner.request(createMutation, { input: { ...google, name: 'Nowhere Inc', countries: ['SE'], transferBasis: 'derogation' } });
    expect(noCountry.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'countries' });
  });

  it('refuses http links, bad organisation numbers and a duplicate name, naming the field', async () => {
    const base = { role: 'processor', serviceDescription: 'Mail', dataLocation: 'eea' };
    const http = await partner.request(createMutation, { input: { ...base, name: 'Http AS', optOutUrl: 'http://example.test/opt-out' } });
    expect(http.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'optOutUrl' });
    const orgNo = await partner.request(createMutation, { input: { ...base, name: 'Org AS', organisationNumber: '123456789' } });
    expect(orgNo.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organisationNumber' });
    await createProcessor({ ...base, name: 'Dup Mail AS' });
    const dup = await partner.request(createMutation, { input: { ...base, name: 'DUP MAIL AS' } });
    expect(dup.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });
  });

  it('links a sub-processor to its processor and refuses one without a parent or in a cycle', async () => {
    const base = { serviceDescription: 'Hosting', dataLocation: 'eea' };
    const parent = await createProcessor({ ...base, name: 'Parent Host AS', role: 'processor' });
    const orphan = await partner.request(createMutation, { input: { ...base, name: 'Orphan AS', role: 'sub_processor' } });
    expect(orphan.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentProcessorId' });
    const child = await createProcessor({ ...base, name: 'Child DC AS', role: 'sub_processor', parentProcessorId: parent.id });
    expect(child.parentProcessor).toEqual({ id: parent.id, name: 'Parent Host AS' });

    const cycle = await partner.request(updateMutation, { id: parent.id, input: { role: 'sub_processor', parentProcessorId: child.id } });
    expect(cycle.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentProcessorId' });
    const controller = await partner.request(updateMutation, { id: parent.id, input: { role: 'independent_controller' } });
    expect(controller.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'role' });

    const promoted = await partner.data(updateMutation, { id: child.id, input: { role: 'processor' } });
    expect(promoted.updateProcessor).toMatchObject({ role: 'processor', parentProcessor: null });
  });

  it('updates only the given fields and audits which fields changed', async () => {
    const created = await createProcessor({ name: 'Evolve Communication AS', role: 'processor', serviceDescription: 'Marketing', dataLocation: 'eea' });
    const { updateProcessor } = await partner.data(updateMutation, {
      id: created.id,
      input: { listedInPrivacyStatement: true, optOutUrl: 'https://evolve.example/opt-out', website: null },
    });
    expect(updateProcessor).toMatchObject({ name: 'Evolve Communication AS', listedInPrivacyStatement: true, optOutUrl: 'https://evolve.example/opt-out' });
    const entries = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, created.id)).orderBy(schema.auditLog.seq);
    expect(entries.map((e) => e.action)).toEqual(['processor.create', 'processor.update']);
    const changed = (entries[1]?.details as { fields: string[] }).fields;
    expect([...changed].sort()).toEqual(['listedInPrivacyStatement', 'optOutUrl', 'website']);
  });

  it('pages by name with a keyset cursor, searches and filters by role', async () => {
    for (const name of ['Søk Beta AS', 'søk Alfa AS', 'Søk Gamma AS']) {
      await createProcessor({ name, role: 'independent_controller', serviceDescription: 'Search test', dataLocation: 'eea' });
    }
    const query = `query($after: String, $role: ProcessorRole) {
      processors(search: "søk", role: $role, first: 2, after: $after) { nodes { name } pageInfo { endCursor hasNextPage } totalCount }
    }`;
    const first = await partner.data(query);
    expect(first.processors).toMatchObject({ totalCount: 3, nodes: [{ name: 'søk Alfa AS' }, { name: 'Søk Beta AS' }], pageInfo: { hasNextPage: true } });
    const second = await partner.data(query, { after: first.processors.pageInfo.endCursor });
    expect(second.processors).toMatchObject({ nodes: [{ name: 'Søk Gamma AS' }], pageInfo: { hasNextPage: false } });
    const none = await partner.data(query, { role: 'processor' });
    expect(none.processors.totalCount).toBe(0);
    const bad = await partner.request(query, { after: 'garbage' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('answers NOT_FOUND for an unknown processor', async () => {
    const result = await partner.request(`query { processor(id: "00000000-0000-4000-8000-000000000000") { id } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('lets auditors read, and refuses staff any access and auditors any change', async () => {
    const staff = (await server.signIn('staff')).client;
    for (const query of [`query { processors { totalCount } }`, `query { processorsWithoutSignedAgreement { id } }`, `query { agreementsDueForReview { id } }`]) {
      expect((await staff.request(query)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const auditor = (await server.signIn('auditor')).client;
    expect((await auditor.request(`query { processors { totalCount } }`)).errors).toBeUndefined();
    const input = { name: 'Not Allowed AS', role: 'processor', serviceDescription: 'x', dataLocation: 'eea' };
    expect((await auditor.request(createMutation, { input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await staff.request(createMutation, { input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await server.anonymous().request(`query { processors { totalCount } }`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses to delete a processor with a signed agreement, and deletes one without, with its drafts', async () => {
    const base = { role: 'processor', serviceDescription: 'Mail', dataLocation: 'eea' };
    const signed = await createProcessor({ ...base, name: 'Signed Mail AS' });
    await partner.data(agreementMutation, {
      input: { processorId: signed.id, kind: 'data_processing_agreement', status: 'signed', signedOn: '2024-01-10', reviewDueOn: '2026-01-10' },
    });
    const refused = await partner.request(deleteMutation, { id: signed.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await server.db.$count(schema.processors, eq(schema.processors.id, signed.id))).toBe(1);

    const sub = await createProcessor({ ...base, name: 'Sub Mail AS', role: 'sub_processor', parentProcessorId: signed.id });
    const parentOfSub = await createProcessor({ ...base, name: 'Parent Mail AS' });
    await partner.data(updateMutation, { id: sub.id, input: { parentProcessorId: parentOfSub.id } });
    expect((await partner.request(deleteMutation, { id: parentOfSub.id })).errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const draft = await createProcessor({ ...base, name: 'Draft Mail AS' });
    const { createAgreement } = await partner.data(agreementMutation, {
      input: { processorId: draft.id, kind: 'data_processing_agreement', reviewDueOn: '2026-01-10' },
    });
    expect((await partner.data(deleteMutation, { id: draft.id })).deleteProcessor).toBe(draft.id);
    expect(await server.db.$count(schema.processorAgreements, eq(schema.processorAgreements.id, createAgreement.id))).toBe(0);
    const [entry] = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'processor.delete')).orderBy(schema.auditLog.seq);
    expect(entry).toMatchObject({ entityId: draft.id, details: { deletedAgreementIds: [createAgreement.id] } });
  });

  it('costs the same number of SQL statements for 5 and for 50 processors with agreements', async () => {
    const seed = async (prefix: string, count: number) => {
      const parents = await server.db
        .insert(schema.processors)
        .values(Array.from({ length: count }, (_, i) => ({ name: `${prefix} ${i}`, role: 'processor' as const, serviceDescription: 'Bulk', dataLocation: 'eea' as const })))
        .returning({ id: schema.processors.id });
      await server.db.insert(schema.processors).values(
        parents.map((p, i) => ({ name: `${prefix} sub ${i}`, role: 'sub_processor' as const, parentProcessorId: p.id, serviceDescription: 'Bulk', dataLocation: 'eea' as const })),
      );
      await server.db.insert(schema.processorAgreements).values(
        parents.flatMap((p) => [
          { processorId: p.id, kind: 'data_processing_agreement' as const, status: 'signed' as const, signedOn: '2024-01-01', reviewDueOn: '2026-01-01', clauses: ['confidentiality'] },
          { processorId: p.id, kind: 'commercial_agreement' as const, reviewDueOn: '2027-01-01' },
        ]),
      );
      const ids = parents.map((p) => p.id);
      expect(await server.db.$count(schema.processorAgreements, inArray(schema.processorAgreements.processorId, ids))).toBe(count * 2);
    };
    await seed('Liten', 5);
    await seed('Stor', 50);
    const query = `query($search: String) { processors(search: $search, first: 100) {
      nodes { id hasSignedAgreement parentProcessor { id } agreements { id missingClauses reviewDue processor { id } } }
      totalCount } }`;
    const small = await partner.request<{ processors: { nodes: unknown[] } }>(query, { search: 'Liten' });
    const large = await partner.request<{ processors: { nodes: unknown[] } }>(query, { search: 'Stor' });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(small.data?.processors.nodes).toHaveLength(10);
    expect(large.data?.processors.nodes).toHaveLength(100);
    expect(small.statements).toBeGreaterThan(0);
    expect(large.statements).toBe(small.statements);
  });
});
