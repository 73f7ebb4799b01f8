import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@pvr/db';
import { eq } from '@pvr/db/orm';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { addDays, osloToday } from '../../shared/oslo-dates.ts';

type Client = Awaited<ReturnType<TestServer['signIn']>>['client'];

const agreementFields = `id processor { id } kind status signedOn reviewDueOn reviewDue clauses missingClauses notes
  documentName documentContentType documentByteSize documentDownloadUrl`;
const createProcessorMutation = `mutation($input: CreateProcessorInput!) { createProcessor(input: $input) { id } }`;
const createMutation = `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { ${agreementFields} } }`;
const updateMutation = `mutation($id: ID!, $input: UpdateAgreementInput!) { updateAgreement(id: $id, input: $input) { ${agreementFields} } }`;

const pdf = Buffer.from('%PDF-1.4\n% databehandleravtale\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....word/document.xml....')]);
const today = osloToday();

describe('processor agreements', () => {
  let server: TestServer;
  let partner: Client;
  let processorNo = 0;
  const createProcessor = async (extra: Record<string, unknown> = {}): Promise<string> => {
    processorNo += 1;
    const input = { name: `Vendor ${processorNo}`, role: 'processor', serviceDescription: 'Hosting', dataLocation: 'eea', ...extra };
    return (await partner.data(createProcessorMutation, { input })).createProcessor.id;
  };
  const createAgreement = async (input: Record<string, unknown>) => (await partner.data(createMutation, { input })).createAgreement;

  beforeAll(async () => {
    server = await startTestServer();
    partner = (await server.signIn('partner')).client;
  });
  afterAll(() => server?.close());

  it('creates a data processing agreement, lists the Art. 28(3) clauses it misses, and audits it', async () => {
    const processorId = await createProcessor();
    const agreement = await createAgreement({
      processorId,
      kind: 'data_processing_agreement',
      status: 'signed',
      signedOn: '2024-03-01',
      reviewDueOn: '2027-03-01',
      clauses: ['documented_instructions', 'confidentiality', 'security_measures', 'confidentiality'],
      notes: 'Signed by the chair',
    });
    expect(agreement).toMatchObject({
      processor: { id: processorId },
      status: 'signed',
      signedOn: '2024-03-01',
      reviewDue: false,
      clauses: ['documented_instructions', 'confidentiality', 'security_measures'],
      missingClauses: ['sub_processor_conditions', 'data_subject_rights_assistance', 'compliance_assistance', 'deletion_or_return', 'audits_and_information'],
      documentDownloadUrl: null,
    });
    const commercial = await createAgreement({ processorId, kind: 'commercial_agreement', reviewDueOn: '2027-03-01' });
    expect(commercial).toMatchObject({ status: 'draft', clauses: [], missingClauses: [] });

    const entries = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, agreement.id)).orderBy(schema.auditLog.seq);
    expect(entries).toMatchObject([{ action: 'processor.agreement.create', entityType: 'processor_agreement', details: { processorId, status: 'signed' } }]);
    expect(JSON.stringify(entries)).not.toContain('chair');
  });

  it('refuses a signed agreement without a signing date, on create and on update, storing nothing', async () => {
    const processorId = await createProcessor();
    const before = await server.db.$count(schema.processorAgreements);
    const refused = await partner.request(createMutation, { input: { processorId, kind: 'data_processing_agreement', status: 'signed', reviewDueOn: '2027-01-01' } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'signedOn' });
    expect(await server.db.$count(schema.processorAgreements)).toBe(before);

    const draft = await createAgreement({ processorId, kind: 'data_processing_agreement', reviewDueOn: '2027-01-01' });
    const update = await partner.request(updateMutation, { id: draft.id, input: { status: 'signed' } });
    expect(update.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'signedOn' });
    const signed = await partner.data(updateMutation, { id: draft.id, input: { status: 'signed', signedOn: '2025-06-01' } });
    expect(signed.updateAgreement).toMatchObject({ status: 'signed', signedOn: '2025-06-01' });
    const actions = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, draft.id)).orderBy(schema.auditLog.seq);
    expect(actions.map((e) => e.action)).toEqual(['processor.agreement.create', 'processor.agreement.update']);
  });

  it('refuses an unknown clause key on the field clauses', async () => {
    const processorId = await createProcessor();
    const result = await partner.request(createMutation, {
      input: { processorId, kind: 'data_processing_agreement', reviewDueOn: '2027-01-01', clauses: ['confidentiality', 'pinky_promise'] },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'clauses' });
  });

  it('answers NOT_FOUND for an agreement on an unknown processor or an unknown agreement', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const create = await partner.request(createMutation, { input: { processorId: unknown, kind: 'commercial_agreement', reviewDueOn: '2027-01-01' } });
    expect(create.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const update = await partner.request(updateMutation, { id: unknown, input: { notes: 'x' } });
    expect(update.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('lists draft and signed agreements due for review within the window, soonest first', async () => {
    const processorId = await createProcessor();
    const make = (reviewDueOn: string, status = 'draft') =>
      createAgreement({ processorId, kind: 'commercial_agreement', status, signedOn: status === 'draft' ? null : '2020-01-01', reviewDueOn });
    const overdue = await make(addDays(today, -5), 'signed');
    const soon = await make(addDays(today, 10));
    const later = await make(addDays(today, 60), 'signed');
    await make(addDays(today, -30), 'expired');
    expect([overdue.reviewDue, soon.reviewDue, later.reviewDue]).toEqual([true, true, false]);

    const query = `query($withinDays: Int) { agreementsDueForReview(withinDays: $withinDays) { id reviewDueOn processor { id } } }`;
    const mine = (list: { id: string; processor: { id: string } }[]) => list.filter((a) => a.processor.id === processorId).map((a) => a.id);
    expect(mine((await partner.data(query)).agreementsDueForReview)).toEqual([overdue.id, soon.id]);
    expect(mine((await partner.data(query, { withinDays: 90 })).agreementsDueForReview)).toEqual([overdue.id, soon.id, later.id]);
    expect(mine((await partner.data(query, { withinDays: 0 })).agreementsDueForReview)).toEqual([overdue.id]);
    const negative = await partner.request(query, { withinDays: -1 });
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'withinDays' });
  });

  it('lists vendors with personal-data access but no signed agreement', async () => {
    const bare = await createProcessor();
    const draftOnly = await createProcessor();
    await createAgreement({ processorId: draftOnly, kind: 'data_processing_agreement', reviewDueOn: '2027-01-01' });
    const signed = await createProcessor();
    await createAgreement({ processorId: signed, kind: 'data_processing_agreement', status: 'signed', signedOn: '2024-01-01', reviewDueOn: '2027-01-01' });
    const noAccess = await createProcessor({ hasPersonalDataAccess: false });

    const { processorsWithoutSignedAgreement: list } = await partner.data(`query { processorsWithoutSignedAgreement { id hasSignedAgreement } }`);
    const ids = list.map((p: { id: string }) => p.id);
    expect(ids).toEqual(expect.arrayContaining([bare, draftOnly]));
    expect(ids).not.toContain(signed);
    expect(ids).not.toContain(noAccess);
    expect(list.every((p: { hasSignedAgreement: boolean }) => !p.hasSignedAgreement)).toBe(true);
    const { processor } = await partner.data(`query($id: ID!) { processor(id: $id) { hasSignedAgreement agreements { status } } }`, { id: signed });
    expect(processor).toEqual({ hasSignedAgreement: true, agreements: [{ status: 'signed' }] });
  });

  it('stores a PDF agreement document and serves it to partners and auditors only', async () => {
    const processorId = await createProcessor();
    const agreement = await createAgreement({
      processorId,
      kind: 'data_processing_agreement',
      reviewDueOn: '2027-01-01',
      document: { fileName: 'databehandleravtale.pdf', contentBase64: pdf.toString('base64') },
    });
    expect(agreement).toMatchObject({ documentName: 'databehandleravtale.pdf', documentContentType: 'application/pdf', documentByteSize: pdf.length });
    const url = agreement.documentDownloadUrl as string;
    expect(url).toBe(`/files/agreement-documents/${agreement.id}`);

    const download = await partner.fetch(url);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await download.arrayBuffer())).toEqual(pdf);
    const auditor = (await server.signIn('auditor')).client;
    const auditorDownload = await auditor.fetch(url);
    expect(auditorDownload.status).toBe(200);
    expect(Buffer.from(await auditorDownload.arrayBuffer())).toEqual(pdf);
    const staff = (await server.signIn('staff')).client;
    expect((await staff.fetch(url)).status).toBe(403);
    expect((await server.anonymous().fetch(url)).status).toBe(401);
    expect((await partner.fetch('/files/agreement-documents/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await partner.fetch('/files/agreement-documents/not-an-id')).status).toBe(404);
  });

  it('replaces the document with a DOCX and removes it', async () => {
    const processorId = await createProcessor();
    const agreement = await createAgreement({
      processorId,
      kind: 'data_processing_agreement',
      reviewDueOn: '2027-01-01',
      document: { fileName: 'v1.pdf', contentBase64: pdf.toString('base64') },
    });
    const replaced = await partner.data(updateMutation, { id: agreement.id, input: { document: { fileName: 'v2.docx', contentBase64: docx.toString('base64') } } });
    expect(replaced.updateAgreement).toMatchObject({
      documentName: 'v2.docx',
      documentContentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      documentByteSize: docx.length,
    });
    expect(Buffer.from(await (await partner.fetch(agreement.documentDownloadUrl)).arrayBuffer())).toEqual(docx);

    const both = await partner.request(updateMutation, {
      id: agreement.id,
      input: { removeDocument: true, document: { fileName: 'v3.pdf', contentBase64: pdf.toString('base64') } },
    });
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'removeDocument' });

    const removed = await partner.data(updateMutation, { id: agreement.id, input: { removeDocument: true } });
    expect(removed.updateAgreement).toMatchObject({ documentName: null, documentByteSize: null, documentDownloadUrl: null });
    expect((await partner.fetch(agreement.documentDownloadUrl)).status).toBe(404);
    const entries = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, agreement.id)).orderBy(schema.auditLog.seq);
    expect(entries.map((e) => (e.details as { document?: string }).document)).toEqual([undefined, 'replaced', 'removed']);
  });

  it('refuses a file that only claims to be a PDF, storing nothing', async () => {
    const processorId = await createProcessor();
    const before = await server.db.$count(schema.processorAgreements);
    const fake = Buffer.from('MZ\x90\x00 this is an executable, not a PDF');
    const result = await partner.request(createMutation, {
      input: { processorId, kind: 'data_processing_agreement', reviewDueOn: '2027-01-01', document: { fileName: 'avtale.pdf', contentBase64: fake.toString('base64') } },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'document.contentBase64' });
    expect(await server.db.$count(schema.processorAgreements)).toBe(before);
  });
});
