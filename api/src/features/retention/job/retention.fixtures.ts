import { createHash } from 'node:crypto';
import { schema, type Database } from '@pvr/db';
import { asc, eq, isNotNull } from '@pvr/db/orm';

/** Shared by the retention tests; not a test file itself. Every time is relative to `now`. */
export const fixtureNow = new Date('2030-06-15T10:00:00.000Z');

/** Stable ids, so two databases seeded alike can be compared row for row. */
export function fixtureId(label: string): string {
  const hex = createHash('sha256').update(`retention-fixture:${label}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const day = 86_400_000;
export const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * day);
/** Calendar months back (UTC), like PostgreSQL's interval arithmetic. */
export function monthsBefore(now: Date, months: number, extraDays = 0): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return new Date(d.getTime() - extraDays * day);
}
const dateOnly = (d: Date) => d.toISOString().slice(0, 10);

/**
 * With the default rules (candidates 24 months, notes 36 months after closing, inquiries 3
 * months after answering, sign-ups 1 month, departed accounts 3 months), each category has
 * records past its limit and records inside it.
 */
export const expectedOutcome = {
  candidatesErased: ['cand-warned-long-ago', 'cand-no-email'],
  candidatesWarnedNow: ['cand-never-warned', 'cand-due-soon'],
  candidatesKept: ['cand-never-warned', 'cand-due-soon', 'cand-renewed-consent', 'cand-activity-moved', 'cand-active'],
  notesDeleted: ['note-old-1', 'note-old-2', 'note-old-3'],
  notesKept: ['note-recent-closed', 'note-open'],
  inquiriesDeleted: ['inq-answered-long-ago'],
  inquiriesKept: ['inq-answered-recently', 'inq-unanswered'],
  subscribersDeleted: ['sub-pending-old'],
  subscribersKept: ['sub-pending-new', 'sub-active-old'],
  usersAnonymised: ['user-departed-long-ago', 'user-disabled-long-ago'],
  usersKept: ['user-departed-recently', 'user-partner'],
};

export async function insertRetentionFixture(db: Database, now = fixtureNow): Promise<void> {
  const id = fixtureId;
  const { users, candidates, consentEvents, cases, callNotes, contactInquiries, subscribers, emailOutbox } = schema;

  await db.insert(users).values([
    { id: id('user-partner'), email: 'partner@retention.test', fullName: 'Partner Fixture', role: 'partner' },
    { id: id('user-departed-long-ago'), email: 'gone.long@retention.test', fullName: 'Gone Long', role: 'staff', status: 'disabled', disabledAt: monthsBefore(now, 4), departedOn: dateOnly(monthsBefore(now, 4)) },
    { id: id('user-disabled-long-ago'), email: 'disabled.long@retention.test', fullName: 'Disabled Long', role: 'staff', status: 'disabled', disabledAt: monthsBefore(now, 5) },
    { id: id('user-departed-recently'), email: 'gone.recent@retention.test', fullName: 'Gone Recent', role: 'staff', status: 'disabled', disabledAt: monthsBefore(now, 1), departedOn: dateOnly(monthsBefore(now, 1)) },
  ]);

  const candidate = (label: string, lastActivityAt: Date, extra: Partial<typeof candidates.$inferInsert> = {}) => ({
    id: id(label),
    fullName: `Kandidat ${label}`,
    email: `${label}@retention.test`,
    source: 'self_registered' as const,
    lastActivityAt,
    ...extra,
  });
  await db.insert(candidates).values([
    candidate('cand-warned-long-ago', monthsBefore(now, 25), { retentionWarnedAt: daysBefore(now, 40) }),
    candidate('cand-no-email', monthsBefore(now, 25), { email: null }),
    candidate('cand-never-warned', monthsBefore(now, 25)),
    candidate('cand-due-soon', monthsBefore(now, 23, 15)),
    candidate('cand-renewed-consent', monthsBefore(now, 25), { retentionWarnedAt: daysBefore(now, 40) }),
    candidate('cand-activity-moved', daysBefore(now, 5), { retentionWarnedAt: daysBefore(now, 40) }),
    candidate('cand-active', monthsBefore(now, 1)),
  ]);
  // Renewal: a fresh candidate_registry consent restarts the clock of a warned candidate.
  await db.insert(consentEvents).values({
    id: id('consent-renewal'),
    subjectType: 'candidate',
    candidateId: id('cand-renewed-consent'),
    purpose: 'candidate_registry',
    action: 'granted',
    occurredAt: daysBefore(now, 10),
    method: 'email',
  });

  await db.insert(cases).values([
    { id: id('case-closed-old'), reference: 'RET-OLD', title: 'Gammel sak', clientName: 'Kunde AS', responsiblePartnerId: id('user-partner'), status: 'closed', openedAt: monthsBefore(now, 40), closedAt: monthsBefore(now, 37) },
    { id: id('case-closed-recent'), reference: 'RET-RECENT', title: 'Nyere sak', clientName: 'Kunde AS', responsiblePartnerId: id('user-partner'), status: 'closed', openedAt: monthsBefore(now, 40), closedAt: monthsBefore(now, 35) },
    { id: id('case-open'), reference: 'RET-OPEN', title: 'Åpen sak', clientName: 'Kunde AS', responsiblePartnerId: id('user-partner'), status: 'open', openedAt: monthsBefore(now, 60) },
  ]);
  const note = (label: string, caseLabel: string) => ({
    id: id(label),
    caseId: id(caseLabel),
    occurredAt: monthsBefore(now, 38),
    direction: 'incoming' as const,
    otherPartyName: 'Innringer',
    authorId: id('user-partner'),
    body: `Notat ${label}`,
  });
  await db.insert(callNotes).values([
    note('note-old-1', 'case-closed-old'),
    note('note-old-2', 'case-closed-old'),
    note('note-old-3', 'case-closed-old'),
    note('note-recent-closed', 'case-closed-recent'),
    note('note-open', 'case-open'),
  ]);

  const inquiry = (label: string, receivedAt: Date, answeredAt: Date | null) => ({
    id: id(label),
    name: `Avsender ${label}`,
    email: `${label}@inquiry.test`,
    message: 'Hei, jeg lurer på noe.',
    receivedAt,
    answeredAt,
    answeredBy: answeredAt ? id('user-partner') : null,
  });
  await db.insert(contactInquiries).values([
    inquiry('inq-answered-long-ago', monthsBefore(now, 5), monthsBefore(now, 4)),
    inquiry('inq-answered-recently', monthsBefore(now, 3), monthsBefore(now, 2)),
    inquiry('inq-unanswered', monthsBefore(now, 24), null),
  ]);

  await db.insert(subscribers).values([
    { id: id('sub-pending-old'), email: 'pending.old@subscriber.test', status: 'pending', source: 'web_form', createdAt: monthsBefore(now, 2) },
    { id: id('sub-pending-new'), email: 'pending.new@subscriber.test', status: 'pending', source: 'web_form', createdAt: daysBefore(now, 10) },
    { id: id('sub-active-old'), email: 'active.old@subscriber.test', status: 'active', source: 'web_form', createdAt: monthsBefore(now, 30), confirmedAt: monthsBefore(now, 30) },
  ]);
  await db.insert(emailOutbox).values({ id: id('mail-confirm-old'), kind: 'newsletter_confirmation', toAddress: 'pending.old@subscriber.test', subject: 'Bekreft', textBody: 'Bekreft påmeldingen.' });
}

/** The state the retention job changes, comparable across databases seeded alike. */
export async function retentionState(db: Database) {
  const { users, candidates, callNotes, cases, contactInquiries, subscribers, emailOutbox, erasureTombstones } = schema;
  return {
    candidates: await db.select({ id: candidates.id, warnedAt: candidates.retentionWarnedAt }).from(candidates).orderBy(asc(candidates.id)),
    notes: (await db.select({ id: callNotes.id }).from(callNotes).orderBy(asc(callNotes.id))).map((r) => r.id),
    cases: (await db.select({ id: cases.id }).from(cases).orderBy(asc(cases.id))).map((r) => r.id),
    inquiries: (await db.select({ id: contactInquiries.id }).from(contactInquiries).orderBy(asc(contactInquiries.id))).map((r) => r.id),
    subscribers: (await db.select({ id: subscribers.id }).from(subscribers).orderBy(asc(subscribers.id))).map((r) => r.id),
    users: await db.select({ id: users.id, email: users.email, fullName: users.fullName, role: users.role, hasPassword: isNotNull(users.passwordHash) }).from(users).orderBy(asc(users.id)),
    warnings: (await db.select({ to: emailOutbox.toAddress }).from(emailOutbox).where(eq(emailOutbox.kind, 'retention_warning')).orderBy(asc(emailOutbox.toAddress))).map((r) => r.to),
    confirmations: (await db.select({ to: emailOutbox.toAddress }).from(emailOutbox).where(eq(emailOutbox.kind, 'newsletter_confirmation'))).map((r) => r.to),
    tombstones: await db.$count(erasureTombstones),
  };
}
