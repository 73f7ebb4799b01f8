import type { LegalBasis, RetentionAction, RetentionClockStart } from '../../gql/graphql';
import type { useRegistersT } from './registers.i18n';

type T = ReturnType<typeof useRegistersT>['t'];

/** GDPR Art. 6(1) in the regulation's own order: the position is the letter, (a) to (f). */
export const legalBases: readonly LegalBasis[] = ['consent', 'contract', 'legal_obligation', 'vital_interests', 'public_task', 'legitimate_interests'];

export function art6Letter(basis: LegalBasis): string {
  return 'abcdef'.charAt(legalBases.indexOf(basis));
}

/** `Samtykke (art. 6 nr. 1 bokstav a)`: how the record and the statement name a basis. */
export function legalBasisLabel(t: T, basis: LegalBasis): string {
  return t('legalBasis.withLetter', { basis: t(`legalBasis.${basis}`), letter: art6Letter(basis) });
}

/** Whole years read as years (24 → 2 år), anything else as months. */
export function retentionDuration(months: number): { unit: 'years' | 'months'; count: number } {
  return months > 0 && months % 12 === 0 ? { unit: 'years', count: months / 12 } : { unit: 'months', count: months };
}

type RuleTerms = { durationMonths: number; countsFrom: RetentionClockStart; action: RetentionAction };

/** `2 år fra siste aktivitet, deretter slettes`. */
export function retentionRuleText(t: T, rule: RuleTerms): string {
  const { unit, count } = retentionDuration(rule.durationMonths);
  return t('retention.rule', { duration: t(`retention.${unit}`, { count }), from: t(`clock.${rule.countsFrom}`), action: t(`action.${rule.action}`) });
}
