import { buildCallNotes } from './call-notes.ts';
import { buildCandidates, type SeedCandidate } from './candidates.ts';
import { buildCases, caseMemberRows } from './cases.ts';
import type { Clock } from './clock.ts';
import { buildRegistryConsents, buildShareConsents, buildVisitorConsents, registryWithdrawal, shareWithdrawalEvents } from './consents.ts';
import { buildDocuments } from './documents.ts';
import { buildNewsletter } from './newsletter.ts';
import type { SeedUsers } from './people.ts';
import { buildAgreements, buildProcessors } from './processors.ts';
import { buildProcessingActivities } from './registers.ts';
import { buildInquiries, buildRequests } from './requests.ts';
import { buildRetentionRules } from './retention.ts';
import { buildCandidateShares } from './shares.ts';

export type DemoData = ReturnType<typeof buildDemoData>;

/**
 * Every seeded row except users, built in memory first so the insert is a handful of batch
 * statements. Order matters: later builders record activity on earlier candidates.
 */
export function buildDemoData(clock: Clock, users: SeedUsers) {
  const candidates = buildCandidates(clock, users);
  const documents = buildDocuments(candidates);
  const cases = buildCases(clock, users, candidates);
  const shareConsents = buildShareConsents(cases);
  const callNotes = buildCallNotes(cases, users.demoStaff.id);
  const subjects = requestSubjects(clock, candidates, new Set(cases.flatMap((c) => c.shortlist.map((s) => s.row.id))));
  const newsletter = buildNewsletter(clock);
  const processors = buildProcessors();
  const registers = buildProcessingActivities();
  const requests = buildRequests(clock, users, subjects);

  return {
    candidates: candidates.map((c) => c.row),
    documents,
    cases: cases.map((c) => c.row),
    caseMembers: caseMemberRows(cases),
    callNotes,
    subscribers: newsletter.subscribers,
    consentEvents: [
      ...buildRegistryConsents(candidates, users),
      ...shareConsents.map((s) => s.event),
      ...shareWithdrawalEvents(shareConsents),
      registryWithdrawal(subjects.erasure, clock, users.partner3.id),
      ...newsletter.consents,
      ...buildVisitorConsents(clock),
    ],
    candidateShares: buildCandidateShares(shareConsents, documents),
    processors: processors.parents,
    subProcessors: processors.subProcessors,
    agreements: buildAgreements(clock),
    retentionRules: buildRetentionRules(users.demoPartner.id),
    processingActivities: registers.activities,
    activityProcessors: registers.links,
    requests: requests.requests,
    requestComments: requests.comments,
    inquiries: buildInquiries(clock, users),
  };
}

/** Four different candidates for the data-subject requests; the erasure one is on no case. */
function requestSubjects(clock: Clock, candidates: readonly SeedCandidate[], shortlisted: ReadonlySet<string>) {
  const taken = new Set<string>();
  const pick = (test: (c: SeedCandidate) => boolean) => {
    const found = candidates.find((c) => !taken.has(c.row.id) && test(c));
    if (!found) throw new Error('no candidate fits a seeded request');
    taken.add(found.row.id);
    return found;
  };
  const ageDays = (c: SeedCandidate) => (clock.anchor.getTime() - c.row.createdAt.getTime()) / 86_400_000;
  return {
    access: pick((c) => c.row.status === 'active' && ageDays(c) > 90),
    rectification: pick((c) => c.row.phone !== null && ageDays(c) > 120),
    completed: pick((c) => c.row.source === 'self_registered' && ageDays(c) > 150),
    erasure: pick((c) => c.row.status !== 'inactive' && !shortlisted.has(c.row.id) && ageDays(c) > 60),
  };
}
