import type { Database, Transaction } from '@pvr/db';
import { schema } from '@pvr/db';
import type { retentionCategories } from '@pvr/db/values';

type RuleDefaults = Omit<typeof schema.retentionRules.$inferInsert, 'id' | 'updatedBy' | 'updatedAt' | 'enabled'> & {
  category: (typeof retentionCategories)[number];
};

/**
 * What each category of data is kept for, shipped with every installation (partners may change
 * them). The demo seed inserts these same rules under its own ids.
 */
export const defaultRetentionRules: readonly RuleDefaults[] = [
  {
    category: 'inactive_candidates',
    description: 'Kandidater uten aktivitet (innlogging, ny CV, samtale, deling eller fornyet samtykke) slettes med CV og samtykkehistorikk. Kandidaten varsles på e-post 30 dager før.',
    durationMonths: 24,
    countsFrom: 'last_activity',
    action: 'delete',
    legalBasis: 'Personvernforordningen art. 5 nr. 1 bokstav e (lagringsbegrensning); samtykket gjelder et aktivt kandidatregister.',
  },
  {
    category: 'call_notes_after_case_closed',
    description: 'Telefonnotater slettes når saken har vært avsluttet i tre år. Selve saken (tittel, kunde, datoer) beholdes.',
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
    description: 'Regnskapsmateriale om ansatte (lønn, reiseregninger) oppbevares i fem år etter regnskapsårets slutt. Registeret holder ikke slikt materiale i dag; regelen dokumenterer fristen.',
    durationMonths: 60,
    countsFrom: 'financial_year_end',
    action: 'delete',
    legalBasis: 'Bokføringsloven § 13 (oppbevaring av primærdokumentasjon i fem år); arkivloven.',
  },
  {
    category: 'departed_staff_accounts',
    description: 'Brukerkontoen til en som har sluttet anonymiseres tre måneder etter fratreden: navn og e-post erstattes, passordet fjernes. Raden beholdes fordi revisjonslogg og notater viser til den.',
    durationMonths: 3,
    countsFrom: 'departure',
    action: 'anonymise',
    legalBasis: 'Personvernerklæringen (ved fratreden slettes e-postkontoene); personopplysningsloven og e-postforskriften.',
  },
];

/**
 * Makes sure every category has a rule: inserts the missing defaults and leaves existing rules
 * (and partners' changes to them) alone. Safe to run at every start and from several processes.
 */
export async function ensureDefaultRetentionRules(db: Database | Transaction): Promise<number> {
  const inserted = await db
    .insert(schema.retentionRules)
    .values(defaultRetentionRules.map((rule) => ({ ...rule })))
    .onConflictDoNothing({ target: schema.retentionRules.category })
    .returning({ id: schema.retentionRules.id });
  return inserted.length;
}
