/** Invented Norwegian names and places for the demo data. Any likeness to a real person is chance. */
export const firstNames = [
  'Kari', 'Ola', 'Ingrid', 'Lars', 'Silje', 'Henrik', 'Marit', 'Anders', 'Hilde', 'Magnus',
  'Ragnhild', 'Sindre', 'Tone', 'Eirik', 'Camilla', 'Thomas', 'Sunniva', 'Håkon', 'Linn', 'Øystein',
  'Nora', 'Espen', 'Mari', 'Torbjørn', 'Ida', 'Vegard', 'Astrid', 'Jørgen', 'Kristin', 'Petter',
  'Maja', 'Bjørn', 'Sara', 'Amund', 'Guro', 'Fredrik', 'Tuva', 'Sigurd', 'Hanne', 'Aslak',
  'Aisha', 'Mohammed', 'Elena', 'Tomasz', 'Leila', 'Jonas', 'Selma', 'Trygve', 'Vilde', 'Kasper',
] as const;

export const lastNames = [
  'Haugland', 'Solberg', 'Nygård', 'Bakken', 'Strand', 'Lien', 'Dahl', 'Myhre', 'Aasen', 'Eide',
  'Rønning', 'Kvalheim', 'Brekke', 'Tangen', 'Fossum', 'Sæther', 'Hovland', 'Lunde', 'Moen', 'Vik',
  'Hagen', 'Berntsen', 'Øverland', 'Skaug', 'Holm', 'Mathisen', 'Sandvik', 'Aune', 'Ødegård', 'Kristiansen',
  'Nilsen', 'Hammer', 'Engen', 'Rasmussen', 'Grønli', 'Tveit', 'Halvorsen', 'Jahr', 'Ruud', 'Fjeld',
] as const;

export const towns = [
  'Oslo', 'Sandvika', 'Asker', 'Drammen', 'Lillestrøm', 'Ski', 'Bergen', 'Trondheim', 'Stavanger',
  'Tønsberg', 'Fredrikstad', 'Hamar', 'Kristiansand', 'Moss', 'Jessheim', 'Hønefoss', 'Kongsberg', 'Sarpsborg',
] as const;

/** Candidate profiles: a role, the skills that go with it and the sectors people come from. */
export const profiles = [
  { role: 'Regnskapsfører', skills: ['regnskap', 'årsoppgjør', 'MVA-rapportering', 'Tripletex', 'Visma Business'], sectors: ['regnskapsbyrå', 'handel', 'bygg og anlegg'] },
  { role: 'Controller', skills: ['økonomi', 'controlling', 'budsjettering', 'rapportering', 'Power BI', 'Excel'], sectors: ['industri', 'eiendom', 'energi'] },
  { role: 'Økonomisjef', skills: ['økonomi', 'økonomistyring', 'ledelse', 'konsernregnskap', 'finansiering'], sectors: ['industri', 'handel', 'offentlig sektor'] },
  { role: 'HR-rådgiver', skills: ['HR', 'rekruttering', 'arbeidsrett', 'personaloppfølging', 'HMS'], sectors: ['offentlig sektor', 'helse', 'konsulentbransjen'] },
  { role: 'Lønnsansvarlig', skills: ['lønn', 'A-melding', 'Visma Lønn', 'HR', 'reiseregninger'], sectors: ['handel', 'transport', 'regnskapsbyrå'] },
  { role: 'Prosjektleder', skills: ['prosjektledelse', 'Prince2', 'endringsledelse', 'interessenthåndtering', 'risikostyring'], sectors: ['bygg og anlegg', 'IT', 'energi'] },
  { role: 'IT-driftsansvarlig', skills: ['IT-drift', 'Microsoft 365', 'Azure', 'nettverk', 'brukerstøtte', 'informasjonssikkerhet'], sectors: ['IT', 'eiendom', 'helse'] },
  { role: 'Innkjøper', skills: ['innkjøp', 'anskaffelsesregelverket', 'kontraktsoppfølging', 'leverandørstyring'], sectors: ['offentlig sektor', 'industri', 'transport'] },
  { role: 'Salgs- og markedssjef', skills: ['salg', 'markedsføring', 'CRM', 'kundeoppfølging', 'ledelse'], sectors: ['handel', 'sjømat', 'IT'] },
  { role: 'Eiendomsforvalter', skills: ['eiendomsforvaltning', 'husleierett', 'FDV', 'budsjettering'], sectors: ['eiendom', 'boligbyggelag', 'offentlig sektor'] },
  { role: 'Daglig leder', skills: ['ledelse', 'strategi', 'økonomistyring', 'styrearbeid'], sectors: ['handel', 'industri', 'konsulentbransjen'] },
  { role: 'Kontorleder', skills: ['administrasjon', 'fakturering', 'kundeservice', 'arkiv og dokumenthåndtering'], sectors: ['advokatbransjen', 'regnskapsbyrå', 'eiendom'] },
] as const;

export type Profile = (typeof profiles)[number];

/** Email-safe form of a Norwegian name part: lower case, æ→ae, ø→o, å→a, no spaces. */
export function emailLocalPart(...parts: string[]): string {
  return parts
    .join('.')
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'a')
    .normalize('NFD')
    .replace(/[^a-z0-9.]/g, '');
}
