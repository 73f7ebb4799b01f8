import type { schema } from '@pvr/db';
import type { Clock } from './clock.ts';
import { demoId } from './ids.ts';
import type { SeedUsers } from './people.ts';
import { createRandom } from './random.ts';
import { emailLocalPart, firstNames, lastNames, profiles, towns, type Profile } from './vocabulary.ts';

type CandidateInsert = typeof schema.candidates.$inferInsert;
export type SeedCandidate = {
  row: CandidateInsert & { id: string; fullName: string; email: string; createdAt: Date; updatedAt: Date; lastActivityAt: Date };
  firstName: string;
  profile: Profile;
  /** The partner who added the candidate; null when they registered themselves. */
  addedBy: string | null;
};

const candidateCount = 60;
/** Inactive candidates beyond the 24-month retention rule, so the retention job has work. */
const overdueInactiveCount = 3;
const emailDomains = ['example.com', 'example.org', 'example.net'] as const;

const experience = [
  'Har {years} års erfaring som {role} fra {sector}.',
  '{role} med {years} års erfaring, i hovedsak fra {sector}.',
  'Erfaren {roleLower} ({years} år) med bakgrunn fra {sector}.',
];
const strengths = [
  'Trives med å forbedre rutiner og få systemer til å snakke sammen.',
  'Beskrives som strukturert, løsningsorientert og god til å kommunisere med ledelsen.',
  'Har ledet mindre team og hatt ansvar for opplæring av nyansatte.',
  'Ønsker en rolle med mer ansvar for {skill} og tettere dialog med kunder.',
  'Har gjennomført flere systembytter og kjenner godt til {skill}.',
  'Åpen for interimsoppdrag og kortere engasjementer.',
  'Søker fast stilling i {town}-området, kan jobbe delvis hjemmefra.',
];

/** ~60 invented candidates, spread over the last two years, with a few long-inactive ones. */
export function buildCandidates(clock: Clock, users: SeedUsers): SeedCandidate[] {
  const random = createRandom('candidates');
  const usedNames = new Set<string>();
  const usedEmails = new Set<string>();
  const result: SeedCandidate[] = [];

  for (let i = 0; i < candidateCount + overdueInactiveCount; i++) {
    let firstName: string = random.pick(firstNames);
    let lastName: string = random.pick(lastNames);
    while (usedNames.has(`${firstName} ${lastName}`)) {
      firstName = random.pick(firstNames);
      lastName = random.pick(lastNames);
    }
    const fullName = random.chance(0.08) ? `${firstName} ${random.pick(lastNames)} ${lastName}` : `${firstName} ${lastName}`;
    usedNames.add(`${firstName} ${lastName}`);

    let local = emailLocalPart(firstName, lastName);
    if (usedEmails.has(local)) local = `${local}${i}`;
    usedEmails.add(local);
    const email = `${local}@${random.pick(emailDomains)}`;
    // Obviously fake numbers: +47 4000 1xxx and +47 9000 0xxx.
    const phone = random.chance(0.92) ? `+47${i % 2 === 0 ? '40001' : '90000'}${String(100 + i * 7).padStart(3, '0')}` : null;

    const overdue = i >= candidateCount;
    const selfRegistered = random.chance(0.65);
    const createdDaysAgo = overdue ? random.int(800, 950) : random.int(8, 720);
    const status = overdue ? 'inactive' : pickStatus(random.next(), createdDaysAgo);
    const lastActivityDaysAgo = overdue
      ? random.int(745, Math.min(790, createdDaysAgo))
      : status === 'inactive'
        ? random.int(Math.min(300, createdDaysAgo), createdDaysAgo)
        : random.int(1, Math.min(createdDaysAgo, 200));
    const createdAt = clock.daysAgo(createdDaysAgo, random.int(6 * 60, 21 * 60));
    const lastActivityAt = clock.daysAgo(lastActivityDaysAgo, random.int(7 * 60, 15 * 60));

    const profile = random.pick(profiles);
    const town = random.pick(towns);
    const skills = random.pickSome(profile.skills, random.int(3, profile.skills.length));
    const fill = (template: string) =>
      template
        .replace('{years}', String(random.int(3, 22)))
        .replace('{role}', profile.role)
        .replace('{roleLower}', profile.role.toLowerCase())
        .replace('{sector}', random.pick(profile.sectors))
        .replace('{skill}', random.pick(profile.skills))
        .replace('{town}', town);
    const summary = [fill(random.pick(experience)), ...random.pickSome(strengths, 2).map(fill)].join(' ');
    const addedBy = selfRegistered ? null : random.pick(users.partners).id;

    result.push({
      firstName,
      profile,
      addedBy,
      row: {
        id: demoId('candidate', i),
        fullName,
        email,
        phone,
        location: town,
        summary,
        skills,
        status,
        source: selfRegistered ? 'self_registered' : 'added_by_partner',
        createdBy: addedBy,
        createdAt,
        updatedAt: lastActivityAt < createdAt ? createdAt : lastActivityAt,
        lastActivityAt: lastActivityAt < createdAt ? createdAt : lastActivityAt,
      },
    });
  }
  return result;
}

function pickStatus(roll: number, createdDaysAgo: number): 'active' | 'placed' | 'inactive' {
  if (createdDaysAgo > 300 && roll < 0.3) return 'inactive';
  if (roll > 0.78) return 'placed';
  return 'active';
}

/** Later events (a share consent, a call) count as activity for the candidate. */
export function touchCandidate(candidate: SeedCandidate, at: Date): void {
  if (at > candidate.row.lastActivityAt) {
    candidate.row.lastActivityAt = at;
    candidate.row.updatedAt = at;
  }
}
