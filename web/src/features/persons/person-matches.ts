import type { FindPersonQuery, PersonArea } from '../../gql/graphql';
import type { SubjectChoice } from './subject-params';

export type PersonMatch = FindPersonQuery['findPerson'][number];

/** The order the areas are shown in: the person's own records first, then what mentions them. */
export const personAreas: readonly PersonArea[] = ['candidate', 'subscriber', 'consent_event', 'call_note', 'contact_inquiry', 'data_subject_request'];

export type MatchGroup = { area: PersonArea; matches: PersonMatch[] };

/** The matches per area, in a fixed order, leaving out areas without any. */
export function groupMatches(matches: readonly PersonMatch[]): MatchGroup[] {
  return personAreas.map((area) => ({ area, matches: matches.filter((m) => m.area === area) })).filter((group) => group.matches.length > 0);
}

/** The API answers at most this many per area (findPerson); a full area may hold more. */
export const matchesPerArea = 50;

export const isCapped = (matches: readonly PersonMatch[]) => groupMatches(matches).some((group) => group.matches.length >= matchesPerArea);

/** The page that shows the record, where there is one. */
export function linkFor(match: PersonMatch): string | null {
  switch (match.area) {
    case 'candidate':
      return `/kandidater/${match.recordId}`;
    case 'call_note':
      return match.caseId ? `/saker/${match.caseId}` : null;
    case 'data_subject_request':
      return `/foresporsler/${match.recordId}`;
    case 'subscriber':
      return '/nyhetsbrev';
    default:
      return null;
  }
}

/**
 * The person a match leads to: a candidate (the match itself, or the candidate a note or request
 * is linked to) or a subscriber. Consents and inquiries of others are chosen by their email.
 */
export function choiceFor(match: PersonMatch, all: readonly PersonMatch[]): SubjectChoice | null {
  if (match.subscriberId) return { subject: { subscriberId: match.subscriberId }, requestId: null, label: null };
  if (!match.candidateId) return null;
  const candidate = all.find((m) => m.area === 'candidate' && m.recordId === match.candidateId);
  return { subject: { candidateId: match.candidateId }, requestId: null, label: candidate?.label ?? null };
}

/** What was typed, when it is an email: then the person can be chosen by the address itself. */
export function emailIn(search: string): string | null {
  const email = search.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? email : null;
}

/** The API's label read back into its parts, so that codes can be translated and dates shown the Norwegian way. */
export type MatchLabel =
  | { kind: 'text'; text: string }
  | { kind: 'consent'; purpose: string; action: string; date: string }
  | { kind: 'callNote'; reference: string; date: string }
  | { kind: 'subscriber'; status: string }
  | { kind: 'inquiry'; date: string }
  | { kind: 'request'; requestKind: string; date: string };

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function readLabel(match: Pick<PersonMatch, 'area' | 'label'>): MatchLabel {
  const parts = match.label.split(' · ');
  const date = parts.at(-1) ?? '';
  const dated = isoDate.test(date);
  switch (match.area) {
    case 'consent_event': {
      const [purpose, action] = parts;
      return parts.length === 3 && purpose && action && dated ? { kind: 'consent', purpose, action, date } : text(match.label);
    }
    case 'call_note':
      // A case reference is the firm's own text: everything before the date belongs to it.
      return parts.length >= 2 && dated ? { kind: 'callNote', reference: parts.slice(0, -1).join(' · '), date } : text(match.label);
    case 'subscriber':
      return parts.length === 2 && parts[0] === 'newsletter' && parts[1] ? { kind: 'subscriber', status: parts[1] } : text(match.label);
    case 'contact_inquiry':
      return parts.length === 2 && parts[0] === 'inquiry' && dated ? { kind: 'inquiry', date } : text(match.label);
    case 'data_subject_request':
      return parts.length === 2 && parts[0] && dated ? { kind: 'request', requestKind: parts[0], date } : text(match.label);
    default:
      return text(match.label);
  }
}

const text = (value: string): MatchLabel => ({ kind: 'text', text: value });
