import type { schema } from '@pvr/db';
import { demoId } from './ids.ts';
import { processorIds } from './processors.ts';
import { retentionRuleId } from './retention.ts';

type ActivityRow = typeof schema.processingActivities.$inferInsert & { id: string };
type ActivityLink = typeof schema.processingActivityProcessors.$inferInsert;

const standardSecurity = 'Tilgangsstyring per rolle, innlogging med sterkt passord, kryptert forbindelse (TLS), revisjonslogg over lesing og endring.';

/** The record of processing activities (GDPR Art. 30), each tied to its processors and retention rule. */
export function buildProcessingActivities(): { activities: ActivityRow[]; links: ActivityLink[] } {
  const entries: (Omit<ActivityRow, 'id'> & { key: string; processors: string[] })[] = [
    {
      key: 'candidates',
      name: 'Kandidatregisteret (Aprimo Kandidater)',
      purpose: 'Formidle kandidater til rekrutteringsoppdrag; CV deles med kunde kun etter samtykke i hvert enkelt tilfelle.',
      legalBasis: 'consent',
      legalBasisDetail: 'Samtykke ved registrering (art. 6 nr. 1 a) og eget samtykke for hver deling med kunde.',
      dataSubjectCategories: ['kandidater'],
      dataCategories: ['navn', 'e-post', 'telefon', 'bosted', 'CV', 'kompetanse', 'samtykkehistorikk'],
      recipients: ['kunder i konkrete saker, kun med kandidatens samtykke'],
      securityMeasures: `${standardSecurity} CV-er leses bare av partnere.`,
      retentionRuleId: retentionRuleId('inactive_candidates'),
      processors: [processorIds.wpHosting, processorIds.evolve],
    },
    {
      key: 'newsletter',
      name: 'Nyhetsbrev',
      purpose: 'Sende nyhetsbrev på e-post en gang i kvartalet.',
      legalBasis: 'consent',
      legalBasisDetail: 'Samtykke med dobbel opt-in; adressene lagres i egen database og deles ikke.',
      dataSubjectCategories: ['abonnenter'],
      dataCategories: ['e-postadresse', 'samtykkehistorikk'],
      recipients: [],
      securityMeasures: `${standardSecurity} Adressene ligger i et eget databaseskjema og kobles aldri med kandidater.`,
      retentionRuleId: retentionRuleId('unconfirmed_subscribers'),
      processors: [processorIds.wpHosting],
    },
    {
      key: 'call-notes',
      name: 'Telefonnotater i saker',
      purpose: 'Dokumentere samtaler som gjelder en enkeltsak eller et oppdrag. Ingen øvrig systematisk registrering av telefonsamtaler.',
      legalBasis: 'legitimate_interests',
      legalBasisDetail: 'Berettiget interesse i å følge opp og dokumentere oppdrag for kunder (art. 6 nr. 1 f).',
      dataSubjectCategories: ['kandidater', 'kontaktpersoner hos kunder', 'referansepersoner'],
      dataCategories: ['navn', 'telefonnummer', 'samtalenotat'],
      recipients: [],
      securityMeasures: `${standardSecurity} Medarbeidere ser bare saker de er med på; varsel ved fødselsnummer eller særlige kategorier.`,
      retentionRuleId: retentionRuleId('call_notes_after_case_closed'),
      processors: [],
    },
    {
      key: 'web-statistics',
      name: 'Nettstatistikk',
      purpose: 'Statistikk for å forbedre og videreutvikle informasjonstilbudet på aprimo.no.',
      legalBasis: 'consent',
      legalBasisDetail: 'Samtykke i informasjonskapsel-banneret.',
      dataSubjectCategories: ['nettstedsbesøkende'],
      dataCategories: ['avidentifisert IP-adresse (tre første grupper)', 'sidevisninger', 'besøkstid', 'henvisende nettsted', 'nettleser'],
      recipients: ['Google (statistikkverktøy)'],
      thirdCountryTransfers: 'USA (Google LLC): EU–US Data Privacy Framework (adekvansbeslutning).',
      securityMeasures: 'IP-adressen avkortes før lagring; opplysningene behandles kun aggregert.',
      retentionRuleId: null,
      processors: [processorIds.googleAnalytics, processorIds.googleTagManager, processorIds.wpHosting],
    },
    {
      key: 'advertising',
      name: 'Annonsestyring',
      purpose: 'Styre annonser og holde oversikt over trafikk fra betalte tjenester.',
      legalBasis: 'consent',
      legalBasisDetail: 'Samtykke i informasjonskapsel-banneret.',
      dataSubjectCategories: ['nettstedsbesøkende'],
      dataCategories: ['informasjonskapsel-ID', 'kampanjeklikk', 'avidentifisert IP-adresse'],
      recipients: ['Evolve Communication AS og annonseverktøyene de benytter'],
      securityMeasures: 'Avtaler mellom mediebyrå og verktøyleverandør; IP-adressen avkortes.',
      retentionRuleId: null,
      processors: [processorIds.evolve, processorIds.adTool, processorIds.googleTagManager],
    },
    {
      key: 'contact-form',
      name: 'Kontaktskjema',
      purpose: 'Besvare henvendelser sendt via nettsidens kontaktskjema; opplysningene brukes ikke til noe annet.',
      legalBasis: 'legitimate_interests',
      legalBasisDetail: 'Berettiget interesse i å svare den som tar kontakt (art. 6 nr. 1 f).',
      dataSubjectCategories: ['personer som tar kontakt'],
      dataCategories: ['navn', 'e-post', 'telefon', 'meldingstekst', 'avidentifisert IP-adresse'],
      recipients: [],
      securityMeasures: standardSecurity,
      retentionRuleId: retentionRuleId('answered_inquiries'),
      processors: [processorIds.wpHosting],
    },
    {
      key: 'staff',
      name: 'Personalopplysninger om ansatte',
      purpose: 'Lønn, regnskap og personaladministrasjon. Navn, stilling og arbeidsområde publiseres på nettsiden.',
      legalBasis: 'legal_obligation',
      legalBasisDetail: 'Bokføringsloven, skatteforvaltningsloven (a-melding), arbeidsmiljøloven og arkivloven; arbeidsavtalen (art. 6 nr. 1 b og c).',
      dataSubjectCategories: ['ansatte', 'tidligere ansatte'],
      dataCategories: ['navn', 'stilling', 'kontaktinformasjon', 'lønn', 'reiseregninger', 'e-postkonto'],
      recipients: ['Skatteetaten', 'regnskapsfører'],
      securityMeasures: `${standardSecurity} Kun partnere har tilgang.`,
      retentionRuleId: retentionRuleId('staff_accounting_records'),
      processors: [],
    },
  ];
  const activities = entries.map(({ key, processors: _processors, ...activity }) => ({ ...activity, id: demoId('processing-activity', key) }));
  const links = entries.flatMap((entry) =>
    entry.processors.map((processorId) => ({ activityId: demoId('processing-activity', entry.key), processorId })),
  );
  return { activities, links };
}
