import type { Art28Clause } from '../../gql/graphql';

/** GDPR Art. 28(3)(a)–(h), in the article's order; a record keeps a new SDL value from being forgotten. */
const order: Record<Art28Clause, number> = {
  documented_instructions: 0,
  confidentiality: 1,
  security_measures: 2,
  sub_processor_conditions: 3,
  data_subject_rights_assistance: 4,
  compliance_assistance: 5,
  deletion_or_return: 6,
  audits_and_information: 7,
};

export const art28Clauses = (Object.keys(order) as Art28Clause[]).sort((a, b) => order[a] - order[b]);
