import type { schema } from '@pvr/db';
import { touchCandidate, type SeedCandidate } from './candidates.ts';
import { addDays, addMinutes } from './clock.ts';
import type { SeedCase } from './cases.ts';
import { demoId } from './ids.ts';
import { createRandom, type Random } from './random.ts';

export type SeedCallNote = typeof schema.callNotes.$inferInsert & { id: string };
type Phase = 'early' | 'middle' | 'late';

/** Notes per case, in the same order as the cases; 80 in all. */
const notesPerCase = [10, 9, 8, 6, 7, 4, 8, 8, 5, 6, 5, 4];

const clientNotes: Record<Phase, string[]> = {
  early: [
    'Oppstartsmøte per telefon med {contact}. Gikk gjennom kravprofilen: {skill} er et krav, erfaring fra tilsvarende virksomhet er en fordel. Sender forslag til annonsetekst innen fredag.',
    'Avklarte lønnsramme og oppstartstidspunkt med {contact}. Kunden er fleksibel på oppstart, men ønsker noen på plass før årsoppgjøret.',
    '{contact} lurte på om vi kan utvide søket til kandidater med bakgrunn fra offentlig sektor. Svarte ja, justerer søket.',
  ],
  middle: [
    '{contact} ringte for status. Orienterte om at vi har flere aktuelle kandidater i prosess; første intervjurunde foreslås om to uker.',
    'Kort samtale med {contact} om tidsplanen. Kunden ber om at en casepresentasjon legges inn i andre intervjurunde.',
    '{contact} ga tilbakemelding etter intervjuene: ønsker å gå videre med to kandidater til andre runde. Vi setter opp tider.',
    '{contact} ringte etter å ha lest kandidatprofilene og ba om mer om erfaringen med {skill}. Følger opp med kandidatene.',
  ],
  late: [
    '{contact} bekreftet at kunden vil gi tilbud til førstekandidaten. Vi bistår med tilbudsbrev og avslutter referanseinnhentingen.',
    'Oppsummerte prosessen med {contact}. Kunden er fornøyd; vi sender sluttrapport og faktura.',
  ],
};
const advisoryNotes: Record<Phase, string[]> = {
  early: [
    'Oppstartssamtale med {contact}. Avklarte mandat, tidsplan og hvem vi skal intervjue i økonomiavdelingen.',
    '{contact} ringte om fremdrift. Intervjuer med nøkkelpersoner gjennomføres neste uke; vi trenger rutinebeskrivelser for lønn og innkjøp.',
    'Avtalte workshop med ledergruppen. {contact} sender invitasjon; vi forbereder agenda og presentasjon.',
  ],
  middle: [
    'Drøftet funn fra kartleggingen med {contact}: manuelle avstemminger tar for mye tid. Anbefaler å se på automatisk bankavstemming.',
    'Kort avklaring med {contact} om budsjett for oppdraget. Timeestimatet holder; neste leveranse er rapportutkast.',
    'Gjennomgikk utkast til ny organisasjonsmodell med {contact}. Innspill: ansvaret for fakturering bør ligge hos økonomi, ikke salg. Oppdaterer notatet.',
  ],
  late: [
    '{contact} bekreftet at styret har sluttet seg til anbefalingene. Ny ansvarsfordeling gjelder fra neste kvartal.',
    'Sluttsamtale med {contact}. Rapporten er levert; vi avtalte en oppfølging om seks måneder.',
  ],
};
const candidateNotes: Record<Phase, string[]> = {
  early: [
    'Første samtale med {first}. Motivert for ny rolle, oppsigelsestid tre måneder. Spurte om samtykke til å presentere CV for {client}; {first} svarer på e-post.',
    'Ringte {first} etter søk i kandidatregisteret. Interessert i rollen hos {client}; ba om oppdatert CV og samtykke til å presentere den.',
  ],
  middle: [
    '{first} ringte og bekreftet interesse for stillingen hos {client}. Gikk gjennom forventet lønnsnivå og reisevei.',
    'Ga {first} tilbakemelding etter første intervju: kunden ønsker en andre runde. Tid avtales direkte med kunden.',
    'Forberedte {first} til andre intervju. Casen handler om {skill}; sendte over praktisk informasjon.',
    '{first} har fått et annet tilbud og vurderer prosessen. Avtalte ny prat i morgen.',
  ],
  late: [
    'Informerte {first} om at kunden har valgt en annen kandidat. {first} ønsker å stå i registeret for senere oppdrag.',
    'Ringte {first} med tilbud fra {client}. {first} takket ja; oppstart avtales direkte med kunden.',
  ],
};
const referenceNotes = [
  'Referansesamtale med {ref}, tidligere nærmeste leder for {first}. Svært positiv omtale av arbeidskapasitet og samarbeidsevne.',
  'Referanse fra {ref}, kollega i fire år: strukturert og pålitelig, kan være direkte i tilbakemeldinger. Anbefaler {first} for rollen.',
  'Snakket med {ref} som referanse for {first}. Bekreftet ansvar for {skill} og god oppfølging av leverandører.',
];
const referees = [
  ['Terje Mostad', '+4740001901'],
  ['Berit Holtan', '+4740001902'],
  ['Svein Ottar Nes', '+4740001903'],
  ['Ellen Kolstad', '+4740001904'],
  ['Arild Tofte', '+4740001905'],
  ['Randi Nordhagen', '+4740001906'],
  ['Gunnar Alstad', '+4740001907'],
  ['Turid Hegge', '+4740001908'],
  ['Kjetil Brenden', '+4740001909'],
  ['Marianne Loe', '+4740001910'],
] as const;

/** Call notes on every case, by its partners and (where a member) the demo staff user. */
export function buildCallNotes(cases: readonly SeedCase[], demoStaffId: string): SeedCallNote[] {
  const random = createRandom('call-notes');
  return cases.flatMap((seedCase, caseIndex) => {
    const authors = seedCase.members.filter((m) => m.role === 'partner' || m.id === demoStaffId);
    const count = notesPerCase[caseIndex] ?? 4;
    const start = addDays(seedCase.row.openedAt, 1).getTime();
    const span = seedCase.end.getTime() - start;
    const story = createStory(seedCase, random);
    return Array.from({ length: count }, (_, n) => {
      const occurredAt = clamp(
        workingTime(new Date(start + (span * (n + random.next() * 0.8)) / count), random),
        addMinutes(seedCase.row.openedAt, 90),
        addMinutes(seedCase.end, -20),
      );
      const progress = n / count;
      const phase: Phase = progress < 0.3 ? 'early' : seedCase.row.closedAt && progress >= 0.7 ? 'late' : 'middle';
      const note = story.next(occurredAt, phase);
      if (note.candidate) touchCandidate(note.candidate, occurredAt);
      return {
        id: demoId('call-note', `${seedCase.row.id}:${n}`),
        caseId: seedCase.row.id,
        occurredAt,
        direction: note.direction,
        otherPartyName: note.otherPartyName,
        otherPartyPhone: note.otherPartyPhone,
        candidateId: note.candidate?.row.id ?? null,
        authorId: random.pick(authors).id,
        body: note.body,
        createdAt: addMinutes(occurredAt, random.int(3, 25)),
        updatedAt: addMinutes(occurredAt, random.int(25, 40)),
      };
    });
  });
}

type NoteContent = {
  direction: 'incoming' | 'outgoing';
  otherPartyName: string;
  otherPartyPhone: string | null;
  candidate: SeedCandidate | null;
  body: string;
};

/**
 * Keeps a case's notes coherent: a candidate's first call comes before interview feedback,
 * references come after a first call, and no template repeats within a case while others remain.
 */
function createStory(seedCase: SeedCase, random: Random) {
  const used = new Set<string>();
  const callsWith = new Map<string, number>();
  let clientCalls = 0;
  /** Closing templates are told in their written order; the others in any order. */
  const choose = (templates: readonly string[], ordered = false) => {
    const fresh = templates.filter((t) => !used.has(t));
    const pool = fresh.length > 0 ? fresh : templates;
    const template = ordered ? (pool[0] ?? random.pick(templates)) : random.pick(pool);
    used.add(template);
    return template;
  };
  const fill = (template: string, values: Record<string, string>) =>
    Object.entries({ client: seedCase.row.clientName, skill: random.pick(seedCase.skills), ...values }).reduce(
      (text, [key, value]) => text.replaceAll(`{${key}}`, value),
      template,
    );

  return {
    next(at: Date, phase: Phase): NoteContent {
      const direction = random.chance(0.45) ? 'incoming' : 'outgoing';
      const reachable = seedCase.shortlist.filter((c) => addDays(c.row.createdAt, 1) < at);
      const roll = random.next();
      // No candidate is called before the kick-off call with the client.
      const mayCallCandidate = clientCalls > 0 && (phase !== 'early' || roll < 0.3) && roll < 0.6;
      const candidate = mayCallCandidate && reachable.length > 0 ? random.pick(reachable) : null;
      if (candidate) {
        const calls = callsWith.get(candidate.row.id) ?? 0;
        callsWith.set(candidate.row.id, calls + 1);
        if (calls > 0 && roll < 0.2) {
          // The same referee for a candidate wherever they are checked.
          const [name, phone] = referees[parseInt(candidate.row.id.slice(0, 4), 16) % referees.length] ?? referees[0];
          return { direction: 'outgoing', otherPartyName: name, otherPartyPhone: phone, candidate, body: fill(choose(referenceNotes), { ref: name, first: candidate.firstName }) };
        }
        const stage: Phase = calls === 0 ? 'early' : phase === 'late' ? 'late' : 'middle';
        const template = choose(candidateNotes[stage], stage === 'late');
        return {
          direction: directionOf(template, direction),
          otherPartyName: candidate.row.fullName,
          otherPartyPhone: candidate.row.phone ?? null,
          candidate,
          body: fill(template, { first: candidate.firstName }),
        };
      }
      const contact = random.pick(seedCase.contacts);
      const templates = seedCase.kind === 'advisory' ? advisoryNotes : clientNotes;
      // The first call with the client is the kick-off.
      const template = clientCalls++ === 0 ? choose(templates.early.slice(0, 1)) : choose(templates[phase], phase === 'late');
      return {
        direction: directionOf(template, direction),
        otherPartyName: `${contact.name} (${seedCase.row.clientName})`,
        otherPartyPhone: random.chance(0.85) ? contact.phone : null,
        candidate: null,
        body: fill(template, { contact: contact.name.split(' ')[0] ?? contact.name }),
      };
    },
  };
}

/** "X ringte" is a call we received, "Ringte X" one we made; other notes can be either. */
function directionOf(template: string, fallback: 'incoming' | 'outgoing'): 'incoming' | 'outgoing' {
  if (/^\{\w+\} ringte/.test(template)) return 'incoming';
  if (/^(Ringte|Første samtale|Referanse|Snakket med)/.test(template)) return 'outgoing';
  return fallback;
}

/** Calls happen on weekdays in office hours (07:30–15:30 UTC ≈ Oslo working day). */
function workingTime(date: Date, random: Random): Date {
  let day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const weekday = new Date(day).getUTCDay();
  if (weekday === 6) day -= 86_400_000;
  if (weekday === 0) day -= 2 * 86_400_000;
  return new Date(day + random.int(7 * 60 + 30, 15 * 60 + 30) * 60_000);
}

const clamp = (date: Date, min: Date, max: Date) => (date < min ? min : date > max ? max : date);
