import { schema } from '@pvr/db';
import type { Clock } from './clock.ts';
import { demoId } from './ids.ts';
import { buildPdf } from './pdf.ts';

type ProcessorRow = typeof schema.processors.$inferInsert & { id: string };
type AgreementRow = typeof schema.processorAgreements.$inferInsert;

export const processorIds = {
  wpHosting: demoId('processor', 'wp-hosting'),
  evolve: demoId('processor', 'evolve'),
  googleAnalytics: demoId('processor', 'google-analytics'),
  googleTagManager: demoId('processor', 'google-tag-manager'),
  adTool: demoId('processor', 'evolve-ad-tool'),
};

/**
 * The vendors named in the privacy statement. Organisation numbers are left empty: the
 * register should hold only numbers checked against Brønnøysundregistrene.
 */
export function buildProcessors(): { parents: ProcessorRow[]; subProcessors: ProcessorRow[] } {
  const websiteSubjects = ['kandidater', 'nettstedsbesøkende', 'abonnenter på nyhetsbrev', 'personer som bruker kontaktskjemaet'];
  const google = {
    role: 'processor' as const,
    dataLocation: 'third_country' as const,
    countries: ['US', 'IE'],
    transferBasis: 'adequacy_decision' as const,
    dataSubjectCategories: ['nettstedsbesøkende'],
    listedInPrivacyStatement: true,
  };
  return {
    parents: [
      {
        id: processorIds.wpHosting,
        name: 'WP-Hosting AS',
        role: 'processor',
        serviceDescription: 'Nettsidens databehandler: drift av webserver og database for aprimo.no, og utvikling og vedlikehold av nettstedet.',
        dataCategories: ['kandidatregistreringer og CV', 'påmeldinger til nyhetsbrev', 'henvendelser fra kontaktskjema', 'serverlogger med avidentifisert IP-adresse'],
        dataSubjectCategories: websiteSubjects,
        dataLocation: 'eea',
        countries: ['NO'],
        website: 'https://www.wp-hosting.no',
      },
      {
        id: processorIds.evolve,
        name: 'Evolve Communication AS',
        role: 'processor',
        serviceDescription: 'Leverandør av markedsføringstjenester (mediebyrå). Har tilgang til personopplysninger som registreres på nettstedet, og drifter annonseverktøyene.',
        dataCategories: ['personopplysninger registrert på nettstedet', 'kampanje- og trafikkdata', 'informasjonskapsel-ID'],
        dataSubjectCategories: websiteSubjects,
        dataLocation: 'eea',
        countries: ['NO'],
      },
      {
        ...google,
        id: processorIds.googleAnalytics,
        name: 'Google Analytics',
        serviceDescription: 'Nettstatistikk for aprimo.no (Google Ireland Ltd / Google LLC). Kun avidentifiserte og aggregerte opplysninger; IP-adressen avkortes før lagring.',
        dataCategories: ['avidentifisert IP-adresse', 'sidevisninger og besøkstid', 'henvisende nettsted', 'nettleser og enhetstype'],
        website: 'https://marketingplatform.google.com/about/analytics/',
        optOutUrl: 'https://tools.google.com/dlpage/gaoptout',
      },
      {
        ...google,
        id: processorIds.googleTagManager,
        name: 'Google Tag Manager',
        serviceDescription: 'Tag Management System som laster statistikk- og annonseverktøyene på aprimo.no (Google LLC).',
        dataCategories: ['IP-adresse (kun for å levere skriptet)', 'nettleserinformasjon'],
        website: 'https://marketingplatform.google.com/about/tag-manager/',
        // It has no opt-out of its own; the tools it loads (Google Analytics) have theirs.
        optOutUrl: null,
      },
    ],
    subProcessors: [
      {
        id: processorIds.adTool,
        name: 'Kampanjekompasset (Evolve)',
        role: 'sub_processor',
        parentProcessorId: processorIds.evolve,
        serviceDescription: 'Annonseverktøy Evolve bruker for å styre annonser og holde oversikt over trafikk fra betalte tjenester. Oppdiktet leverandør i demodata.',
        dataCategories: ['informasjonskapsel-ID', 'klikk fra betalte kampanjer', 'avidentifisert IP-adresse'],
        dataSubjectCategories: ['nettstedsbesøkende'],
        dataLocation: 'eea',
        countries: ['SE'],
        website: 'https://kampanjekompasset.example.com',
        listedInPrivacyStatement: true,
        optOutUrl: 'https://kampanjekompasset.example.com/avmelding',
      },
    ],
  };
}

/** Review dates: WP-Hosting within 30 days, Evolve past due, the rest later. */
export function buildAgreements(clock: Clock): AgreementRow[] {
  const dpaDocument = buildPdf('Databehandleravtale WP-Hosting AS', [
    { text: 'Databehandleravtale', size: 18, bold: true },
    { text: 'mellom Aprimo Rådgivning AS (behandlingsansvarlig) og WP-Hosting AS (databehandler)', size: 11, gapBefore: 6 },
    { text: 'Avtalen dekker kravene i personvernforordningen artikkel 28 nr. 3 bokstav a–h.', size: 10, gapBefore: 10 },
    { text: 'Demodokument – erstatt med den signerte avtalen.', size: 8, gapBefore: 30 },
  ]);
  return [
    {
      id: demoId('agreement', 'wp-hosting'),
      processorId: processorIds.wpHosting,
      kind: 'data_processing_agreement',
      status: 'signed',
      signedOn: clock.dateIn(-700),
      reviewDueOn: clock.dateIn(18),
      clauses: [...schema.art28Clauses],
      notes: 'Databehandleravtale for drift, utvikling og vedlikehold av aprimo.no. Servere i Norge.',
      documentName: 'Databehandleravtale WP-Hosting AS.pdf',
      documentContentType: 'application/pdf',
      documentByteSize: dpaDocument.length,
      document: dpaDocument,
    },
    {
      id: demoId('agreement', 'evolve'),
      processorId: processorIds.evolve,
      kind: 'data_processing_agreement',
      status: 'draft',
      reviewDueOn: clock.dateIn(-12),
      clauses: ['documented_instructions', 'confidentiality', 'security_measures', 'deletion_or_return'],
      notes: 'Utkast mottatt fra Evolve. Mangler vilkår om underdatabehandlere, bistand og revisjon før det kan signeres.',
    },
    {
      id: demoId('agreement', 'google-analytics'),
      processorId: processorIds.googleAnalytics,
      kind: 'commercial_agreement',
      status: 'signed',
      signedOn: clock.dateIn(-1100),
      reviewDueOn: clock.dateIn(160),
      clauses: [...schema.art28Clauses],
      notes: 'Googles databehandlingsvilkår (Google Ads Data Processing Terms) akseptert i Analytics-kontoen. Overføring til USA under EU–US Data Privacy Framework.',
    },
    {
      id: demoId('agreement', 'google-tag-manager'),
      processorId: processorIds.googleTagManager,
      kind: 'commercial_agreement',
      status: 'signed',
      signedOn: clock.dateIn(-1100),
      reviewDueOn: clock.dateIn(160),
      clauses: [],
      notes: 'Bruksvilkår for Google Tag Manager. Overføring til USA under EU–US Data Privacy Framework.',
    },
    {
      id: demoId('agreement', 'evolve-ad-tool'),
      processorId: processorIds.adTool,
      kind: 'commercial_agreement',
      status: 'signed',
      signedOn: clock.dateIn(-420),
      reviewDueOn: clock.dateIn(95),
      clauses: [],
      notes: 'Kommersiell avtale mellom mediebyrået Evolve og verktøyleverandøren (jf. personvernerklæringen). Kopi mottatt fra Evolve.',
    },
  ];
}
