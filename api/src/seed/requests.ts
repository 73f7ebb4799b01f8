import type { schema } from '@pvr/db';
import type { SeedCandidate } from './candidates.ts';
import { addMinutes, oneMonthAfter, type Clock } from './clock.ts';
import { demoId } from './ids.ts';
import type { SeedUsers } from './people.ts';

type RequestRow = typeof schema.dataSubjectRequests.$inferInsert & { id: string };
type CommentRow = typeof schema.requestComments.$inferInsert;

export type RequestSubjects = {
  /** Asked for access 25 days ago: due within a week. */
  access: SeedCandidate;
  /** Asked to correct a phone number 40 days ago: overdue. */
  rectification: SeedCandidate;
  /** Got a copy of their data; completed. */
  completed: SeedCandidate;
  /** Withdrew their registry consent two days ago and asked to be erased. */
  erasure: SeedCandidate;
};

/** Data-subject requests in every state the dashboard distinguishes. */
export function buildRequests(clock: Clock, users: SeedUsers, subjects: RequestSubjects): { requests: RequestRow[]; comments: CommentRow[] } {
  const requester = (c: SeedCandidate) => ({ requesterName: c.row.fullName, requesterEmail: c.row.email, candidateId: c.row.id });
  const received = (days: number) => clock.dateIn(-days);
  const requests: RequestRow[] = [
    {
      id: demoId('request', 'access'),
      kind: 'access',
      ...requester(subjects.access),
      receivedOn: received(25),
      dueOn: oneMonthAfter(received(25)),
      identityVerifiedAt: clock.daysAgo(23, 10 * 60),
      status: 'identity_verified',
      handlerId: users.demoPartner.id,
      createdAt: clock.daysAgo(25, 9 * 60),
    },
    {
      id: demoId('request', 'rectification'),
      kind: 'rectification',
      ...requester(subjects.rectification),
      requesterPhone: subjects.rectification.row.phone ?? null,
      receivedOn: received(40),
      dueOn: oneMonthAfter(received(40)),
      identityVerifiedAt: clock.daysAgo(38, 13 * 60),
      status: 'in_progress',
      handlerId: users.partner2.id,
      createdAt: clock.daysAgo(40, 11 * 60),
    },
    {
      id: demoId('request', 'completed-access'),
      kind: 'access',
      ...requester(subjects.completed),
      receivedOn: received(65),
      dueOn: oneMonthAfter(received(65)),
      identityVerifiedAt: clock.daysAgo(63, 9 * 60),
      status: 'completed',
      resolution: 'Innsyn gitt: eksport (JSON og PDF) sendt kryptert til kandidatens registrerte e-postadresse.',
      handlerId: users.demoPartner.id,
      completedAt: clock.daysAgo(48, 14 * 60),
      createdAt: clock.daysAgo(65, 8 * 60 + 30),
    },
    {
      id: demoId('request', 'erasure'),
      kind: 'erasure',
      ...requester(subjects.erasure),
      receivedOn: received(2),
      dueOn: oneMonthAfter(received(2)),
      status: 'received',
      handlerId: users.partner3.id,
      createdAt: clock.daysAgo(2, 9 * 60 + 40),
    },
    {
      id: demoId('request', 'portability-extended'),
      kind: 'portability',
      requesterName: 'Stian Vårdal',
      requesterEmail: 'stian.vardal@example.com',
      receivedOn: received(50),
      dueOn: oneMonthAfter(received(50)),
      extendedDueOn: oneMonthAfter(oneMonthAfter(received(50))),
      extensionReason: 'Forespørselen gjelder opplysninger i flere saker over mange år; fristen er forlenget etter art. 12 nr. 3, og den registrerte er orientert.',
      status: 'in_progress',
      handlerId: users.demoPartner.id,
      identityVerifiedAt: clock.daysAgo(47, 10 * 60),
      createdAt: clock.daysAgo(50, 12 * 60),
    },
  ];
  const comments: CommentRow[] = [
    { id: demoId('request-comment', 1), requestId: demoId('request', 'access'), authorId: users.demoPartner.id, body: 'Identitet bekreftet ved svar fra registrert e-postadresse. Eksport kan lages.', createdAt: addMinutes(clock.daysAgo(23, 10 * 60), 5) },
    { id: demoId('request-comment', 2), requestId: demoId('request', 'rectification'), authorId: users.partner2.id, body: 'Nytt nummer oppgitt på telefon; venter på skriftlig bekreftelse før vi endrer.', createdAt: clock.daysAgo(37, 9 * 60) },
    { id: demoId('request-comment', 3), requestId: demoId('request', 'completed-access'), authorId: users.demoPartner.id, body: 'Eksport kontrollert mot alle områder: kandidat, samtykker, CV og telefonnotater.', createdAt: clock.daysAgo(48, 13 * 60) },
    { id: demoId('request-comment', 4), requestId: demoId('request', 'erasure'), authorId: users.partner3.id, body: 'Samtykket til registeret er trukket. Bekreft identitet før sletting gjennomføres.', createdAt: clock.daysAgo(2, 11 * 60) },
  ];
  return { requests, comments };
}

type InquiryRow = typeof schema.contactInquiries.$inferInsert;

/** Contact-form messages; one was answered long enough ago to be due for deletion. */
export function buildInquiries(clock: Clock, users: SeedUsers): InquiryRow[] {
  const inquiry = (key: string, name: string, email: string, phone: string | null, message: string, receivedDaysAgo: number, answered: { daysAgo: number; by: string } | null): InquiryRow => ({
    id: demoId('inquiry', key),
    name,
    email,
    phone,
    message,
    receivedAt: clock.daysAgo(receivedDaysAgo, 10 * 60 + receivedDaysAgo),
    ipAnonymised: '195.159.103.0',
    answeredAt: answered ? clock.daysAgo(answered.daysAgo, 13 * 60) : null,
    answeredBy: answered?.by ?? null,
  });
  return [
    inquiry('hr-interim', 'Marianne Bjerknes', 'marianne.bjerknes@example.net', '+4790000951', 'Hei! Vi trenger en interim HR-leder fra januar. Kan dere ta kontakt for en prat om muligheter og pris?', 140, { daysAgo: 138, by: users.demoPartner.id }),
    inquiry('cv-update', 'Jostein Hamre', 'jostein.hamre@example.net', null, 'Jeg registrerte meg i kandidatbasen for et par år siden. Hvordan oppdaterer jeg CV-en min?', 30, { daysAgo: 29, by: users.partner2.id }),
    inquiry('newsletter-question', 'Åse Lindtner', 'ase.lindtner@example.net', null, 'Hvor ofte kommer nyhetsbrevet, og kan jeg melde meg av når som helst?', 12, { daysAgo: 11, by: users.partner3.id }),
    inquiry('board-work', 'Frode Ulriksen', 'frode.ulriksen@example.net', '+4790000952', 'Vi er et familieeid selskap som ønsker hjelp med styresammensetning. Har dere erfaring med dette?', 4, null),
    inquiry('privacy-question', 'Ingvild Tharaldsen', 'ingvild.tharaldsen@example.net', null, 'Hvilke opplysninger lagrer dere når jeg besøker nettsiden deres?', 2, null),
  ];
}
