export const outboxNb = {
  title: 'Utboks',
  intro: 'E-post systemet har lagt i kø. Uten e-postserver (demo) blir den liggende her.',
  kind: {
    newsletter_confirmation: 'Bekreftelse av nyhetsbrev',
    self_service_link: 'Lenke til «Min konto»',
    retention_warning: 'Varsel om sletting',
    request_receipt: 'Kvittering for krav',
    other: 'Annet',
  },
  columns: { kind: 'Type', to: 'Til', subject: 'Emne', created: 'Lagt i kø', sent: 'Sendt', attempts: 'Forsøk' },
  unsent: 'Ikke sendt',
  failed: 'Feilet (kode {{code}})',
  showText: 'Vis teksten',
  loadFailed: 'Kunne ikke hente utboksen',
  empty: 'Utboksen er tom.',
  count_one: '{{count}} e-post',
  count_other: '{{count}} e-poster',
};
