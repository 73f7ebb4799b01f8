import { relations } from 'drizzle-orm';
import { auditLog } from './audit/audit.ts';
import { candidateDocuments, candidates } from './candidates/candidates.ts';
import { candidateShares } from './candidates/shares.ts';
import { callNotes, caseMembers, cases } from './cases/cases.ts';
import { consentEvents } from './consents/consents.ts';
import { subscribers } from './newsletter/newsletter.ts';
import { processorAgreements, processors } from './processors/processors.ts';
import { dataSubjectRequests, requestComments } from './requests/requests.ts';
import { users } from './users/users.ts';

/** Relations for drizzle's relational queries: one SQL statement per nested read. */
export const candidatesRelations = relations(candidates, ({ many }) => ({
  documents: many(candidateDocuments),
  consentEvents: many(consentEvents),
  callNotes: many(callNotes),
  shares: many(candidateShares),
}));

export const candidateDocumentsRelations = relations(candidateDocuments, ({ one }) => ({
  candidate: one(candidates, { fields: [candidateDocuments.candidateId], references: [candidates.id] }),
}));

export const candidateSharesRelations = relations(candidateShares, ({ one }) => ({
  candidate: one(candidates, { fields: [candidateShares.candidateId], references: [candidates.id] }),
  case: one(cases, { fields: [candidateShares.caseId], references: [cases.id] }),
  consentEvent: one(consentEvents, { fields: [candidateShares.consentEventId], references: [consentEvents.id] }),
}));

export const consentEventsRelations = relations(consentEvents, ({ one }) => ({
  candidate: one(candidates, { fields: [consentEvents.candidateId], references: [candidates.id] }),
  subscriber: one(subscribers, { fields: [consentEvents.subscriberId], references: [subscribers.id] }),
  case: one(cases, { fields: [consentEvents.caseId], references: [cases.id] }),
  recorder: one(users, { fields: [consentEvents.recordedBy], references: [users.id] }),
}));

export const casesRelations = relations(cases, ({ one, many }) => ({
  responsiblePartner: one(users, { fields: [cases.responsiblePartnerId], references: [users.id] }),
  members: many(caseMembers),
  callNotes: many(callNotes),
}));

export const caseMembersRelations = relations(caseMembers, ({ one }) => ({
  case: one(cases, { fields: [caseMembers.caseId], references: [cases.id] }),
  user: one(users, { fields: [caseMembers.userId], references: [users.id] }),
}));

export const callNotesRelations = relations(callNotes, ({ one }) => ({
  case: one(cases, { fields: [callNotes.caseId], references: [cases.id] }),
  candidate: one(candidates, { fields: [callNotes.candidateId], references: [candidates.id] }),
  author: one(users, { fields: [callNotes.authorId], references: [users.id] }),
}));

export const processorsRelations = relations(processors, ({ many }) => ({
  agreements: many(processorAgreements),
}));

export const processorAgreementsRelations = relations(processorAgreements, ({ one }) => ({
  processor: one(processors, { fields: [processorAgreements.processorId], references: [processors.id] }),
}));

export const dataSubjectRequestsRelations = relations(dataSubjectRequests, ({ one, many }) => ({
  handler: one(users, { fields: [dataSubjectRequests.handlerId], references: [users.id] }),
  comments: many(requestComments),
}));

export const requestCommentsRelations = relations(requestComments, ({ one }) => ({
  request: one(dataSubjectRequests, { fields: [requestComments.requestId], references: [dataSubjectRequests.id] }),
}));

export const auditLogRelations = relations(auditLog, ({ one }) => ({
  actor: one(users, { fields: [auditLog.actorId], references: [users.id] }),
}));
