import { randomBytes } from 'node:crypto';
import { schema } from '@pvr/db';
import { eq, or } from '@pvr/db/orm';
import type { TestServer } from '../../../test/harness.ts';
import { logCallNoteMutation, openTestCase, type SignedIn } from '../cases/cases.fixtures.ts';

/** Shared by the subject-data tests; not a test file itself. Invented people only. */
export type Person = { name: string; email: string; phone: string; digits: string; spaced: string };

export const ingrid: Person = {
  name: 'Ingrid Østmo-Slettemark',
  email: 'ingrid.ostmo-slettemark@example.test',
  phone: '+4793827164',
  digits: '93827164',
  spaced: '938 27 164',
};

const gql = {
  createCandidate: `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`,
  upload: `mutation($input: UploadCandidateDocumentInput!) { uploadCandidateDocument(input: $input) { id } }`,
  consent: `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
  subscriber: `mutation($input: AddSubscriberInput!) { addSubscriber(input: $input) { id } }`,
};

/** A PDF whose bytes carry the person's email and name, as a real CV would. */
export const cvBytes = (p: Person) => Buffer.from(`%PDF-1.4\n% CV\n(${p.name}) (${p.email}) (${p.spaced})\n%%EOF\n`, 'utf8');

/**
 * Puts one person into every area: candidate with a CV, consents (register, sharing for a case,
 * a 'person' web_analytics consent by the same email), a subscriber with the same email, call
 * notes (linked, as other party, in the text), an inquiry, a request with a comment, a share,
 * a self-service link, mail to them and mail about them, a cached idempotent response.
 * Also a bystander in the same case whose records must survive untouched.
 */
export async function seedPersonEverywhere(server: TestServer, partner: SignedIn, p: Person = ingrid) {
  const { db } = server;
  const kase = await openTestCase(partner, { title: 'Rekruttering av økonomisjef', clientName: 'Kunde AS' });
  const otherCase = await openTestCase(partner, { title: 'Rådgivning om lønnssystem', clientName: 'Annen Kunde AS' });
  const { createCandidate } = await partner.client.data(gql.createCandidate, {
    input: { fullName: p.name, email: p.email.toUpperCase(), phone: p.spaced, summary: `Økonom. Kontakt ${p.email}`, skills: ['Regnskap'] },
  });
  const candidateId: string = createCandidate.id;
  const { uploadCandidateDocument: doc } = await partner.client.data(gql.upload, {
    input: { candidateId, fileName: 'cv.pdf', contentBase64: cvBytes(p).toString('base64') },
  });
  const consent = (input: Record<string, unknown>) => partner.client.data(gql.consent, { input: { method: 'email', ...input } });
  await consent({ subject: { candidateId }, purpose: 'candidate_registry', action: 'granted', evidenceForm: 'Registreringsskjema', evidenceStatementVersion: '2021-10-29' });
  const share = await consent({ subject: { candidateId }, purpose: 'share_with_client', caseId: kase.id, action: 'granted', evidenceNote: `Muntlig samtykke fra ${p.name}` });
  await consent({ subject: { personEmail: p.email }, personName: p.name, purpose: 'web_analytics', action: 'granted', method: 'web_form' });
  const { addSubscriber } = await partner.client.data(gql.subscriber, { input: { email: p.email, consentMethod: 'email' } });

  const note = async (caseId: string, input: Record<string, unknown>) =>
    (await partner.client.data(logCallNoteMutation, { input: { caseId, direction: 'incoming', ...input } })).logCallNote.id as string;
  const notes = {
    linked: await note(kase.id, { candidateId, otherPartyName: p.name, otherPartyPhone: p.phone, body: `${p.name.toUpperCase()} ringte fra ${p.spaced} om stillingen.` }),
    aboutThemWithClient: await note(kase.id, { candidateId, otherPartyName: 'Kari Kunde', body: `Kunden likte CV-en til ${p.name}; ring +47 ${p.digits}.` }),
    otherPartyOnly: await note(kase.id, { otherPartyName: p.name.toLowerCase(), otherPartyPhone: p.digits, body: 'Ville vite om prosessen.' }),
    mentionedByEmail: await note(otherCase.id, { otherPartyName: 'Per Kontrollsen', body: `Per nevnte at ${p.email} hadde søkt.` }),
    bystander: await note(kase.id, { otherPartyName: 'Per Kontrollsen', otherPartyPhone: '+4722334455', body: 'Per Kontrollsen ringte om fakturaen.' }),
  };

  const [shareRow] = await db
    .insert(schema.candidateShares)
    .values({ candidateId, caseId: kase.id, documentId: doc.id, documentVersion: '1', recipient: 'Kari Kunde, Kunde AS', consentEventId: share.recordConsent.id, sharedBy: partner.user.id })
    .returning();
  const [token] = await db
    .insert(schema.selfServiceTokens)
    .values({ candidateId, tokenHash: randomBytes(32).toString('hex'), expiresAt: new Date(Date.now() + 86_400_000) })
    .returning();
  const [inquiry] = await db
    .insert(schema.contactInquiries)
    .values({ name: p.name, email: p.email, phone: p.phone, message: `Hei, dette er ${p.name}. Ring meg på ${p.spaced}.`, ipAnonymised: '195.159.103.0' })
    .returning();
  const [request] = await db
    .insert(schema.dataSubjectRequests)
    .values({ kind: 'access', requesterName: p.name, requesterEmail: p.email, requesterPhone: p.phone, candidateId, receivedOn: '2024-03-01', dueOn: '2024-04-01', resolution: `Sendt til ${p.email}` })
    .returning();
  const [comment] = await db
    .insert(schema.requestComments)
    .values({ requestId: request!.id, authorId: partner.user.id, body: `Ringte ${p.name} på ${p.spaced} for å bekrefte identiteten.` })
    .returning();
  const mails = await db
    .insert(schema.emailOutbox)
    .values([
      { kind: 'self_service_link', toAddress: p.email, subject: 'Din side hos oss', textBody: `Hei ${p.name}` },
      { kind: 'self_service_link', toAddress: partner.email, subject: `Ny kandidat: ${p.name}`, textBody: `Telefon ${p.phone}` },
    ])
    .returning();
  await db.insert(schema.idempotencyKeys).values({ scope: `user:${partner.user.id}`, key: 'seed-key-0001', requestHash: 'x', response: { data: { createCandidate: { fullName: p.name, email: p.email } } } });

  const consentIds = (
    await db
      .select({ id: schema.consentEvents.id })
      .from(schema.consentEvents)
      .where(or(eq(schema.consentEvents.candidateId, candidateId), eq(schema.consentEvents.subscriberId, addSubscriber.id), eq(schema.consentEvents.personEmail, p.email)))
  ).map((r) => r.id);

  return {
    person: p,
    caseId: kase.id,
    caseReference: kase.reference,
    candidateId,
    documentId: doc.id as string,
    subscriberId: addSubscriber.id as string,
    consentIds,
    shareId: shareRow!.id,
    tokenId: token!.id,
    inquiryId: inquiry!.id,
    requestId: request!.id,
    commentId: comment!.id,
    mailIds: mails.map((m) => m.id),
    notes,
  };
}

export type Seeded = Awaited<ReturnType<typeof seedPersonEverywhere>>;
