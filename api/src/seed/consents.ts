import type { schema } from '@pvr/db';
import { touchCandidate, type SeedCandidate } from './candidates.ts';
import { addDays, addMinutes, type Clock } from './clock.ts';
import type { SeedCase } from './cases.ts';
import { demoId } from './ids.ts';
import type { SeedUsers } from './people.ts';
import { createRandom, type Random } from './random.ts';

export type SeedConsentEvent = typeof schema.consentEvents.$inferInsert & { id: string; occurredAt: Date };
/** A share_with_client grant for one case, and when (if ever) it was withdrawn. */
export type ShareConsent = { event: SeedConsentEvent; candidate: SeedCandidate; case: SeedCase; withdrawnAt: Date | null };

const statementVersion = '2021-10-29';
const registrationForm = 'kandidatregistrering-v3';
/** Anonymised (/24) addresses from Norwegian ISPs' ranges, as the public endpoints store them. */
const anonymisedIps = ['195.159.103.0', '84.208.17.0', '46.9.141.0', '89.10.212.0', '148.252.88.0', '2a01:79c:cebe::'];

/** Every candidate's registry consent; it is the legal basis for keeping them at all. */
export function buildRegistryConsents(candidates: readonly SeedCandidate[], users: SeedUsers): SeedConsentEvent[] {
  const random = createRandom('consents-registry');
  return candidates.map((candidate) => {
    const self = candidate.row.source === 'self_registered';
    const method = self ? 'web_form' : random.chance(0.5) ? 'in_person' : 'email';
    return {
      id: demoId('consent', `registry:${candidate.row.id}`),
      subjectType: 'candidate',
      candidateId: candidate.row.id,
      purpose: 'candidate_registry',
      action: 'granted',
      occurredAt: candidate.row.createdAt,
      recordedAt: self ? candidate.row.createdAt : addMinutes(candidate.row.createdAt, random.int(5, 240)),
      method,
      evidenceForm: registrationForm,
      evidenceStatementVersion: statementVersion,
      evidenceIpAnonymised: self ? random.pick(anonymisedIps) : null,
      evidenceNote:
        method === 'in_person'
          ? 'Samtykke gitt muntlig i møte og bekreftet ved signatur på registreringsskjema.'
          : method === 'email'
            ? 'Kandidaten sendte CV og bekreftet samtykke til registrering i svar på e-post.'
            : null,
      recordedBy: self ? null : (users.partners.find((p) => p.id === candidate.addedBy) ?? users.demoPartner).id,
    };
  });
}

/** Consent to present a candidate to one client, asked for case by case; a few later withdrawn. */
export function buildShareConsents(cases: readonly SeedCase[]): ShareConsent[] {
  const random = createRandom('consents-share');
  const shares: ShareConsent[] = [];
  for (const seedCase of cases) {
    seedCase.shortlist.forEach((candidate, index) => {
      const from = latest(candidate.row.createdAt, seedCase.row.openedAt);
      const room = Math.max(1, Math.floor((seedCase.end.getTime() - from.getTime()) / 86_400_000) - 6);
      const grantedAt = withinWorkingDay(addDays(from, Math.min(room, 2 + index * 3 + random.int(0, 4))), random);
      const method = random.chance(0.7) ? 'email' : 'phone';
      const event: SeedConsentEvent = {
        id: demoId('consent', `share:${seedCase.row.id}:${candidate.row.id}`),
        subjectType: 'candidate',
        candidateId: candidate.row.id,
        purpose: 'share_with_client',
        caseId: seedCase.row.id,
        action: 'granted',
        occurredAt: grantedAt,
        recordedAt: addMinutes(grantedAt, random.int(2, 90)),
        method,
        evidenceStatementVersion: statementVersion,
        evidenceNote:
          method === 'email'
            ? `Kandidaten bekreftet på e-post at CV og profil kan sendes til ${seedCase.row.clientName} i sak ${seedCase.row.reference}.`
            : `Samtykke gitt på telefon til å bli presentert for ${seedCase.row.clientName}; bekreftelse sendt på e-post etterpå.`,
        recordedBy: seedCase.responsible.id,
      };
      const withdraws = index === seedCase.shortlist.length - 1 && random.chance(0.45);
      const withdrawnAt = withdraws ? earliest(withinWorkingDay(addDays(grantedAt, random.int(4, 12)), random), seedCase.end) : null;
      touchCandidate(candidate, withdrawnAt ?? grantedAt);
      shares.push({ event, candidate, case: seedCase, withdrawnAt });
    });
  }
  return shares;
}

export function shareWithdrawalEvents(shares: readonly ShareConsent[]): SeedConsentEvent[] {
  return shares.flatMap(({ event, withdrawnAt }) =>
    withdrawnAt
      ? [
          {
            ...event,
            id: demoId('consent', `share-withdrawn:${event.id}`),
            action: 'withdrawn' as const,
            occurredAt: withdrawnAt,
            recordedAt: addMinutes(withdrawnAt, 15),
            evidenceNote: 'Kandidaten har takket nei til prosessen og trekker samtykket til deling.',
          },
        ]
      : [],
  );
}

/** The candidate who asked to be deleted: registry consent withdrawn, erasure request pending. */
export function registryWithdrawal(candidate: SeedCandidate, clock: Clock, recordedBy: string): SeedConsentEvent {
  touchCandidate(candidate, clock.daysAgo(2, 8 * 60 + 12));
  return {
    id: demoId('consent', `registry-withdrawn:${candidate.row.id}`),
    subjectType: 'candidate',
    candidateId: candidate.row.id,
    purpose: 'candidate_registry',
    action: 'withdrawn',
    occurredAt: clock.daysAgo(2, 8 * 60 + 12),
    recordedAt: clock.daysAgo(2, 9 * 60 + 40),
    method: 'email',
    evidenceNote: 'Kandidaten ba om å bli slettet fra Aprimo Kandidater i e-post til post@aprimo.no. Sletteforespørsel opprettet.',
    recordedBy,
  };
}

const visitors = [
  ['Randi Helleland', 'randi.helleland@example.net'],
  ['Geir Ove Skjelbred', 'geir.ove.skjelbred@example.net'],
  ['Anette Lyngstad', 'anette.lyngstad@example.net'],
  ['Tor Einar Bøe', 'tor.einar.boe@example.net'],
  ['Mona Ravndal', 'mona.ravndal@example.net'],
  ['Yusuf Demir', 'yusuf.demir@example.net'],
] as const;

/** Website visitors who are neither candidates nor subscribers: cookie consent for statistics. */
export function buildVisitorConsents(clock: Clock): SeedConsentEvent[] {
  const random = createRandom('consents-visitors');
  return visitors.flatMap(([name, email], index) => {
    const grantedAt = clock.daysAgo(random.int(20, 400), random.int(7 * 60, 20 * 60));
    const base = {
      subjectType: 'person' as const,
      personEmail: email,
      personName: name,
      method: 'web_form' as const,
      evidenceForm: 'informasjonskapsler-v2',
      evidenceStatementVersion: statementVersion,
      evidenceIpAnonymised: random.pick(anonymisedIps),
      recordedBy: null,
    };
    const events: SeedConsentEvent[] = [
      { ...base, id: demoId('consent', `visitor:${index}`), purpose: 'web_analytics', action: 'granted', occurredAt: grantedAt, recordedAt: grantedAt },
    ];
    if (index % 3 === 1) {
      const withdrawnAt = earliest(addDays(grantedAt, random.int(3, 60)), clock.daysAgo(1, 12 * 60));
      events.push({ ...base, id: demoId('consent', `visitor-withdrawn:${index}`), purpose: 'web_analytics', action: 'withdrawn', occurredAt: withdrawnAt, recordedAt: withdrawnAt });
    }
    if (index === 0) {
      events.push({ ...base, id: demoId('consent', `visitor-ads:${index}`), purpose: 'advertising', action: 'granted', occurredAt: grantedAt, recordedAt: grantedAt });
    }
    return events;
  });
}

const latest = (a: Date, b: Date) => (a > b ? a : b);
const earliest = (a: Date, b: Date) => (a < b ? a : b);

/** Moves a moment to a working-hours time (07:30–15:00 UTC, i.e. Oslo office hours) on its day. */
export function withinWorkingDay(date: Date, random: Random): Date {
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return new Date(day + random.int(7 * 60 + 30, 15 * 60) * 60_000);
}
