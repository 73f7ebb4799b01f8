import type { commonNb } from './locales/nb';
import type { authNb } from '../features/auth/locales/nb';
import type { candidatesNb } from '../features/candidates/locales/nb';
import type { casesNb } from '../features/cases/locales/nb';
import type { consentsNb } from '../features/consents/locales/nb';
import type { newsletterNb } from '../features/newsletter/locales/nb';
import type { processorsNb } from '../features/processors/locales/nb';
import type { auditNb } from '../features/audit/locales/nb';
import type { overviewNb } from '../features/overview/locales/nb';
import type { outboxNb } from '../features/outbox/locales/nb';
import type { requestsNb } from '../features/requests/locales/nb';
import type { retentionNb } from '../features/retention/locales/nb';
import type { complianceNb } from '../features/compliance/locales/nb';
import type { registersNb } from '../features/registers/locales/nb';
import type { personsNb } from '../features/persons/locales/nb';

/**
 * Typed translation keys: `t('nav.cases')` is checked against the bokmål resources, and each
 * English file must have the same keys (`Messages<typeof …Nb>`). Only types are imported here.
 */
declare module 'i18next' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation needs an interface
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof commonNb;
      auth: typeof authNb;
      candidates: typeof candidatesNb;
      cases: typeof casesNb;
      consents: typeof consentsNb;
      newsletter: typeof newsletterNb;
      processors: typeof processorsNb;
      audit: typeof auditNb;
      overview: typeof overviewNb;
      outbox: typeof outboxNb;
      requests: typeof requestsNb;
      retention: typeof retentionNb;
      compliance: typeof complianceNb;
      registers: typeof registersNb;
      persons: typeof personsNb;
    };
  }
}
