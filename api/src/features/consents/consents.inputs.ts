import { z } from 'zod';
import { consentActions, consentMethods, consentPurposes, type ConsentPurpose } from '@pvr/db/values';
import { emailField, optional, optionalText, pageSize, uuidField } from '../../shared/inputs.ts';

export type ConsentSubjectType = 'candidate' | 'subscriber' | 'person';
/** Whose consent; for another person the id is their normalised email. */
export type ConsentSubject = { type: ConsentSubjectType; id: string };

/** A browser clock a little ahead of ours is not "the future". */
const clockSkewMs = 60_000;

/**
 * Which subjects each purpose can belong to. Newsletter consent lives with the subscriber, in
 * the newsletter's own store, never on a candidate or as a loose email (§ Nyhetsbrev); sharing
 * and the register are about candidates; a subscriber record holds only the newsletter.
 */
export const subjectsForPurpose: Record<ConsentPurpose, readonly ConsentSubjectType[]> = {
  candidate_registry: ['candidate'],
  share_with_client: ['candidate'],
  newsletter: ['subscriber'],
  web_analytics: ['candidate', 'person'],
  advertising: ['candidate', 'person'],
};

export const consentSubjectInput = z
  .object({
    candidateId: optional(uuidField('candidateId')),
    subscriberId: optional(uuidField('subscriberId')),
    personEmail: optional(emailField),
  })
  .transform((subject, ctx): ConsentSubject => {
    const given: ConsentSubject[] = [];
    if (subject.candidateId) given.push({ type: 'candidate', id: subject.candidateId });
    if (subject.subscriberId) given.push({ type: 'subscriber', id: subject.subscriberId });
    if (subject.personEmail) given.push({ type: 'person', id: subject.personEmail });
    const [only] = given;
    if (given.length !== 1 || !only) {
      ctx.addIssue({ code: 'custom', message: 'Give exactly one of candidateId, subscriberId or personEmail' });
      return z.NEVER;
    }
    return only;
  });

const caseIdField = optional(uuidField('caseId'));

/** caseId is required for share_with_client (consent is per case) and refused otherwise. */
function checkCaseId(input: { purpose: ConsentPurpose; caseId: string | null }, ctx: z.RefinementCtx) {
  if (input.purpose === 'share_with_client' && !input.caseId) {
    ctx.addIssue({ code: 'custom', path: ['caseId'], message: 'caseId is required for share_with_client' });
  }
  if (input.purpose !== 'share_with_client' && input.caseId) {
    ctx.addIssue({ code: 'custom', path: ['caseId'], message: 'caseId is only for share_with_client' });
  }
}

function checkPeriod(input: { from?: Date | null; to?: Date | null }, ctx: z.RefinementCtx) {
  if (input.from && input.to && input.from > input.to) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'to must not be before from' });
  }
}

export const recordConsentInput = z
  .object({
    subject: consentSubjectInput,
    personName: optionalText(200),
    purpose: z.enum(consentPurposes),
    caseId: caseIdField,
    action: z.enum(consentActions),
    occurredAt: z
      .date()
      .refine((date) => date.getTime() <= Date.now() + clockSkewMs, 'occurredAt cannot be in the future')
      .nullish(),
    method: z.enum(consentMethods),
    evidenceForm: optionalText(200),
    evidenceStatementVersion: optionalText(50),
    evidenceNote: optionalText(2000),
  })
  .superRefine((input, ctx) => {
    if (!subjectsForPurpose[input.purpose].includes(input.subject.type)) {
      ctx.addIssue({ code: 'custom', path: ['purpose'], message: `${input.purpose} consent cannot be recorded for a ${input.subject.type}` });
    }
    checkCaseId(input, ctx);
    if (input.personName && input.subject.type !== 'person') {
      ctx.addIssue({ code: 'custom', path: ['personName'], message: 'personName is only for a subject given by personEmail' });
    }
  })
  .transform((input) => ({ ...input, occurredAt: input.occurredAt ?? new Date() }));
export type RecordConsentInput = z.input<typeof recordConsentInput>;

const filters = {
  purpose: z.enum(consentPurposes).nullish(),
  action: z.enum(consentActions).nullish(),
  from: z.date().nullish(),
  to: z.date().nullish(),
  first: pageSize,
  after: z.string().max(500).nullish(),
};

export const consentHistoryInput = z.object({ subject: consentSubjectInput, ...filters }).superRefine(checkPeriod);

export const recentConsentEventsInput = z.object(filters).superRefine(checkPeriod);

export const currentConsentsInput = z.object({ subject: consentSubjectInput });

export const consentAsOfInput = z
  .object({ subject: consentSubjectInput, purpose: z.enum(consentPurposes), caseId: caseIdField, at: z.date() })
  .superRefine(checkCaseId);
