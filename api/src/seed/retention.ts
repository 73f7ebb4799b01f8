import type { schema } from '@pvr/db';
import { demoId } from './ids.ts';

type RetentionRow = typeof schema.retentionRules.$inferInsert & { id: string };
type Category = RetentionRow['category'];

export const retentionRuleId = (category: Category) => demoId('retention-rule', category);

/** One rule per category in retentionCategories. */
export function buildRetentionRules(updatedBy: string): RetentionRow[] {
  const rules: Omit<RetentionRow, 'id' | 'updatedBy'>[] = [
    {
      category: 'inactive_candidates',
      description: 'Kandidater uten aktivitet (innlogging, ny CV, samtale eller deling) slettes med CV og samtykkehistorikk.',
      durationMonths: 24,
      countsFrom: 'last_activity',
      action: 'delete',
      legalBasis: 'Personvernforordningen art. 5 nr. 1 bokstav e (lagringsbegrensning); samtykket gjelder et aktivt kandidatregister.',
    },
    {
      category: 'call_notes_after_case_closed',
      description: 'Telefonnotater slettes når saken har vært avsluttet i tre år.',
      durationMonths: 36,
      countsFrom: 'case_closed',
      action: 'delete',
      legalBasis: 'Berettiget interesse i å dokumentere oppdraget til foreldelsesfristen for krav fra kunden er ute (foreldelsesloven § 2, tre år).',
    },
    {
      category: 'answered_inquiries',
      description: 'Henvendelser fra kontaktskjemaet slettes tre måneder etter at de er besvart.',
      durationMonths: 3,
      countsFrom: 'inquiry_answered',
      action: 'delete',
      legalBasis: 'Personvernerklæringen: opplysningene brukes kun til å besvare henvendelsen.',
    },
    {
      category: 'unconfirmed_subscribers',
      description: 'Påmeldinger til nyhetsbrevet som ikke er bekreftet innen en måned, slettes.',
      durationMonths: 1,
      countsFrom: 'unconfirmed_signup',
      action: 'delete',
      legalBasis: 'Uten bekreftelse (dobbel opt-in) foreligger ikke samtykke, jf. personvernforordningen art. 6 nr. 1 bokstav a og art. 7.',
    },
    {
      category: 'staff_accounting_records',
      description: 'Regnskapsmateriale om ansatte (lønn, reiseregninger) oppbevares i fem år etter regnskapsårets slutt.',
      durationMonths: 60,
      countsFrom: 'financial_year_end',
      action: 'delete',
      legalBasis: 'Bokføringsloven § 13 (oppbevaring av primærdokumentasjon i fem år); arkivloven.',
    },
    {
      category: 'departed_staff_accounts',
      description: 'E-postkonto og brukerkonto slettes tre måneder etter fratreden; relevante e-poster overføres til kolleger først.',
      durationMonths: 3,
      countsFrom: 'departure',
      action: 'delete',
      legalBasis: 'Personvernerklæringen (ved fratreden slettes e-postkontoene); personopplysningsloven og e-postforskriften.',
    },
  ];
  return rules.map((rule) => ({ ...rule, id: retentionRuleId(rule.category), updatedBy }));
}
