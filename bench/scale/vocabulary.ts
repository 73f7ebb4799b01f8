/**
 * Invented Norwegian words for the scale data: names, places and the sentences that call
 * notes are built from. Any likeness to a real person or firm is chance.
 */
export { firstNames, lastNames, towns } from '../../api/src/seed/vocabulary.ts';

export const roles = [
  'regnskapsfører', 'controller', 'økonomisjef', 'HR-rådgiver', 'lønnsansvarlig', 'prosjektleder',
  'IT-driftsansvarlig', 'innkjøper', 'markedssjef', 'eiendomsforvalter', 'daglig leder', 'revisor',
] as const;

export const skills = [
  'regnskap', 'årsoppgjør', 'MVA-rapportering', 'Tripletex', 'Visma Business', 'controlling', 'budsjettering',
  'Power BI', 'Excel', 'økonomistyring', 'ledelse', 'rekruttering', 'arbeidsrett', 'HMS', 'lønn', 'A-melding',
  'prosjektledelse', 'endringsledelse', 'Azure', 'informasjonssikkerhet', 'innkjøp', 'kontraktsoppfølging',
  'salg', 'CRM', 'forvaltning', 'konsernregnskap', 'skatt', 'internkontroll',
] as const;

export const clientWords = ['Fjord', 'Nord', 'Vest', 'Berg', 'Elv', 'Skog', 'Lys', 'Havn', 'Dal', 'Tind', 'Bru', 'Vik'] as const;
export const clientKinds = ['Regnskap AS', 'Eiendom AS', 'Bygg AS', 'Kraft AS', 'Handel AS', 'Sjømat AS', 'Helse AS', 'IT AS', 'Transport AS', 'kommune'] as const;

export const caseTitles = ['Rekruttering av', 'Søk etter', 'Midlertidig innleie av', 'Vurdering av behov for', 'Headhunting av'] as const;

/**
 * Call-note sentences in three slots (opening, middle, closing); a note takes one of each and
 * sometimes a second middle. {name}, {role}, {skill} and {town} are filled per note.
 */
export const noteOpenings = [
  'Ringte {name} om stillingen som {role}.',
  '{name} ringte tilbake etter intervjuet i går.',
  'Kort samtale med {name} om tidsplanen for prosessen.',
  'Oppfølgingssamtale med {name} etter andre intervjurunde.',
  '{name} tok kontakt for å høre om status i saken.',
  'Samtale med {name} om lønnsforventninger og oppsigelsestid.',
  'Innledende telefonmøte med {name} om kravprofilen.',
  '{name} ringte for å avklare referansene.',
  'Ringte {name} for å presentere en aktuell kandidat i {town}.',
  'Samtale med {name} om oppdraget og kundens forventninger.',
] as const;

export const noteMiddles = [
  'Kandidaten har god erfaring med {skill} og ønsker mer ansvar.',
  'Kunden vektlegger {skill} og erfaring fra tilsvarende virksomhet.',
  'Oppsigelsestiden er tre måneder, men kan forhandles.',
  'Vi ble enige om å sende over kandidatprofilene innen fredag.',
  'Lønnsnivået ligger noe over rammen kunden har oppgitt.',
  'Kandidaten er åpen for å pendle til {town} to dager i uken.',
  'Referansene bekrefter solid kompetanse innen {skill}.',
  'Kunden ønsker en casepresentasjon i neste intervjurunde.',
  'Stillingen kan bli fast etter et års engasjement.',
  'Det er flere søkere i prosess; vi prioriterer dem med {skill}.',
  'Kandidaten har takket nei til et annet tilbud og venter på vårt svar.',
  'Kunden trenger noen på plass før årsoppgjøret.',
  'Vi drøftet hjemmekontor, reisevirksomhet og fleksibel arbeidstid.',
  'Kandidaten ønsker å vite mer om teamet og ledelsen i {town}.',
] as const;

export const noteClosings = [
  'Følger opp neste uke.',
  'Sender oppsummering på e-post.',
  'Setter opp nytt møte med kunden.',
  'Venter på tilbakemelding fra kunden.',
  'Avtalt ny samtale etter helgen.',
  'Ingen videre oppfølging nødvendig nå.',
  'Oppdaterer kandidatprofilen i registeret.',
  'Sender tilbudsbrev i morgen.',
] as const;

export const processorWords = ['Sky', 'Data', 'Drift', 'Post', 'Lønn', 'Sikker', 'Arkiv', 'Analyse', 'Nett', 'Sky-backup'] as const;
