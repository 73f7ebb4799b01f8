import type { dataLocations, legalBases, retentionActions, retentionClockStarts, transferBases } from '@pvr/db/values';

/** Norwegian names for the registers' vocabularies, as the documents and the statement show them. */
export const legalBasisLabels: Record<(typeof legalBases)[number], string> = {
  consent: 'Samtykke (art. 6 nr. 1 bokstav a)',
  contract: 'Avtale (art. 6 nr. 1 bokstav b)',
  legal_obligation: 'Rettslig forpliktelse (art. 6 nr. 1 bokstav c)',
  vital_interests: 'Vitale interesser (art. 6 nr. 1 bokstav d)',
  public_task: 'Allmennhetens interesse eller offentlig myndighet (art. 6 nr. 1 bokstav e)',
  legitimate_interests: 'Berettiget interesse (art. 6 nr. 1 bokstav f)',
};

export const clockStartLabels: Record<(typeof retentionClockStarts)[number], string> = {
  last_activity: 'siste aktivitet',
  case_closed: 'saken ble avsluttet',
  inquiry_answered: 'henvendelsen ble besvart',
  unconfirmed_signup: 'påmelding uten bekreftelse',
  financial_year_end: 'utløpet av regnskapsåret',
  departure: 'fratreden',
};

export const retentionActionLabels: Record<(typeof retentionActions)[number], string> = {
  delete: 'slettes',
  anonymise: 'anonymiseres',
};

export const dataLocationLabels: Record<(typeof dataLocations)[number], string> = {
  eea: 'EØS',
  third_country: 'utenfor EØS',
};

export const transferBasisLabels: Record<(typeof transferBases)[number], string> = {
  adequacy_decision: 'adekvansbeslutning',
  standard_contractual_clauses: 'EUs standardavtaler (SCC)',
  binding_corporate_rules: 'bindende virksomhetsregler (BCR)',
  derogation: 'unntak etter art. 49',
};

export const months = (n: number) => (n % 12 === 0 ? `${n / 12} år` : `${n} ${n === 1 ? 'måned' : 'måneder'}`);
