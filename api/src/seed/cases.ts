import type { schema } from '@pvr/db';
import type { SeedCandidate } from './candidates.ts';
import { addDays, type Clock } from './clock.ts';
import { demoId } from './ids.ts';
import type { SeedUser, SeedUsers } from './people.ts';
import { createRandom } from './random.ts';
import { profiles } from './vocabulary.ts';

type UserKey = 'demoPartner' | 'partner2' | 'partner3' | 'demoStaff' | 'staff2' | 'staff3' | 'departedStaff';
type Contact = { name: string; phone: string };

/** Invented clients; the names are made up for the demo. */
const caseSpecs = [
  { seq: 14, title: 'Rekruttering av økonomisjef', client: 'Fjordlysvik Eiendom AS', kind: 'recruitment', role: 'Økonomisjef', opened: 45, closed: null, responsible: 'demoPartner', members: ['demoStaff', 'staff2'], contacts: [['Trine Skogheim', '+4790000901'], ['Rolf Emblemsvåg', '+4790000902']] },
  { seq: 9, title: 'Interim controller i seks måneder', client: 'Nordvikodden Sjømat AS', kind: 'recruitment', role: 'Controller', opened: 120, closed: null, responsible: 'partner2', members: ['demoStaff'], contacts: [['Gunnhild Refsnes', '+4790000903']] },
  { seq: 6, title: 'Omorganisering av økonomiavdelingen', client: 'Bjørkelund Maskinverksted AS', kind: 'advisory', role: null, opened: 200, closed: null, responsible: 'demoPartner', members: ['partner3', 'staff3'], contacts: [['Steinar Volden', '+4790000904'], ['Merete Ulvestad', '+4790000905']] },
  { seq: 17, title: 'Rekruttering av HR-rådgiver', client: 'Tindrafjell Helsetjenester AS', kind: 'recruitment', role: 'HR-rådgiver', opened: 30, closed: null, responsible: 'partner3', members: ['demoStaff', 'staff2'], contacts: [['Solveig Brattbakk', '+4790000906']] },
  { seq: 11, title: 'Rekruttering av IT-driftsansvarlig', client: 'Sølvbergtun Logistikk AS', kind: 'recruitment', role: 'IT-driftsansvarlig', opened: 75, closed: null, responsible: 'partner2', members: ['staff3'], contacts: [['Knut Arne Lothe', '+4790000907']] },
  { seq: 19, title: 'Kartlegging av lønns- og HR-prosesser', client: 'Granlia Energiverk AS', kind: 'advisory', role: null, opened: 14, closed: null, responsible: 'demoPartner', members: ['demoStaff'], contacts: [['Wenche Hoelsæter', '+4790000908']] },
  { seq: 8, title: 'Rekruttering av prosjektleder', client: 'Lindegaardstunet Bygg AS', kind: 'recruitment', role: 'Prosjektleder', opened: 160, closed: null, responsible: 'partner3', members: ['staff2'], contacts: [['Bård Tjøstheim', '+4790000909']] },
  { seq: 27, title: 'Rekruttering av regnskapsfører', client: 'Havbrisvika Regnskap AS', kind: 'recruitment', role: 'Regnskapsfører', opened: 330, closed: 240, responsible: 'demoPartner', members: ['demoStaff', 'departedStaff'], contacts: [['Elisabeth Mjelde', '+4790000910']] },
  { seq: 22, title: 'Lederstøtte ved generasjonsskifte', client: 'Trollvikstranda Handel AS', kind: 'advisory', role: null, opened: 500, closed: 380, responsible: 'partner2', members: ['partner3', 'departedStaff'], contacts: [['Odd Helge Trollvik', '+4790000911']] },
  { seq: 31, title: 'Rekruttering av innkjøpssjef', client: 'Elvebakkmo Næringsbygg AS', kind: 'recruitment', role: 'Innkjøper', opened: 420, closed: 300, responsible: 'partner3', members: ['demoStaff'], contacts: [['Liv Torunn Aakre', '+4790000912']] },
  { seq: 34, title: 'Rekruttering av salgs- og markedssjef', client: 'Kvitfjellstad Mat AS', kind: 'recruitment', role: 'Salgs- og markedssjef', opened: 620, closed: 540, responsible: 'demoPartner', members: ['staff2'], contacts: [['Per Ivar Sunnset', '+4790000913']] },
  // Closed more than 36 months ago: its notes are due under the call-note retention rule.
  { seq: 3, title: 'Gjennomgang av økonomifunksjonen', client: 'Brattlisæter Verksted AS', kind: 'advisory', role: null, opened: 1250, closed: 1160, responsible: 'partner2', members: [], contacts: [['Helga Rypdal', '+4790000914']] },
] as const satisfies readonly {
  seq: number;
  title: string;
  client: string;
  kind: 'recruitment' | 'advisory';
  role: string | null;
  opened: number;
  closed: number | null;
  responsible: UserKey;
  members: readonly UserKey[];
  contacts: readonly (readonly [string, string])[];
}[];

export type SeedCase = {
  row: typeof schema.cases.$inferInsert & { id: string; reference: string; clientName: string; openedAt: Date; closedAt: Date | null };
  kind: 'recruitment' | 'advisory';
  /** The skills the client asks for (the role's profile), or general ones for advisory work. */
  skills: readonly string[];
  responsible: SeedUser;
  members: SeedUser[];
  contacts: Contact[];
  /** Candidates presented (or about to be) to the client, in order of contact. */
  shortlist: SeedCandidate[];
  /** The last moment anything can happen on the case: its closing or yesterday. */
  end: Date;
};

export function buildCases(clock: Clock, users: SeedUsers, candidates: readonly SeedCandidate[]): SeedCase[] {
  const random = createRandom('cases');
  return caseSpecs.map((spec) => {
    const openedAt = clock.daysAgo(spec.opened, random.int(7 * 60, 14 * 60));
    const closedAt = spec.closed === null ? null : clock.daysAgo(spec.closed, random.int(12 * 60, 15 * 60));
    const end = closedAt ?? clock.daysAgo(1, 15 * 60);
    const responsible = users[spec.responsible];
    const eligible = candidates.filter(
      (c) => c.row.status !== 'inactive' && c.row.createdAt < addDays(openedAt, 10) && c.row.createdAt < addDays(end, -7),
    );
    const matching = eligible.filter((c) => c.profile.role === spec.role);
    const shortlist =
      spec.kind === 'recruitment'
        ? [...random.pickSome(matching, 3), ...random.pickSome(eligible.filter((c) => !matching.includes(c)), 1)]
        : [];
    return {
      row: {
        id: demoId('case', spec.seq),
        reference: `${openedAt.getUTCFullYear()}-${String(spec.seq).padStart(3, '0')}`,
        title: spec.title,
        clientName: spec.client,
        responsiblePartnerId: responsible.id,
        status: closedAt ? 'closed' : 'open',
        openedAt,
        closedAt,
        createdAt: openedAt,
      },
      kind: spec.kind,
      skills: profiles.find((p) => p.role === spec.role)?.skills ?? ['økonomistyring', 'rapportering', 'lønn', 'innkjøp'],
      responsible,
      members: [responsible, ...spec.members.map((key) => users[key])],
      contacts: spec.contacts.map(([name, phone]) => ({ name, phone })),
      shortlist,
      end,
    };
  });
}

export function caseMemberRows(cases: readonly SeedCase[]): (typeof schema.caseMembers.$inferInsert)[] {
  return cases.flatMap((c) => c.members.map((member) => ({ caseId: c.row.id, userId: member.id, addedAt: c.row.openedAt })));
}
