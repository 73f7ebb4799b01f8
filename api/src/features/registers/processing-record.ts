import { schema, type Database } from '@pvr/db';
import { asc, eq, sql } from '@pvr/db/orm';
import { clockStartLabels, legalBasisLabels, months, retentionActionLabels } from './norwegian-labels.ts';
import { csvDocument, escapeHtml, norwegianDate } from './text-formats.ts';

const { processingActivities: activities, processingActivityProcessors: links, processors, retentionRules } = schema;

/** Who answers for the processing (Art. 30(1)(a)), from the privacy statement's contact section. */
export const controller = {
  name: 'Aprimo Rådgivning AS',
  address: 'Kjørbokollen 30, 1337 Sandvika',
  email: 'post@aprimo.no',
  phone: '+47 46 42 99 97',
  responsible: 'Styrets leder; det daglige ansvaret er delegert til partnerne',
};

export type RecordEntry = typeof activities.$inferSelect & {
  processors: { name: string; role: string }[];
  retention: string;
};

/** The whole record in three statements: activities, their processors, their rules. */
export async function loadProcessingRecord(db: Database): Promise<RecordEntry[]> {
  const rows = await db.select().from(activities).orderBy(asc(sql`lower(${activities.name})`), asc(activities.id));
  const used = await db
    .select({ activityId: links.activityId, name: processors.name, role: processors.role })
    .from(links)
    .innerJoin(processors, eq(processors.id, links.processorId))
    .orderBy(asc(sql`lower(${processors.name})`));
  const rules = await db.select().from(retentionRules);
  return rows.map((activity) => {
    const rule = rules.find((r) => r.id === activity.retentionRuleId);
    return {
      ...activity,
      processors: used.filter((p) => p.activityId === activity.id).map(({ name, role }) => ({ name, role })),
      retention: rule
        ? `${months(rule.durationMonths)} fra ${clockStartLabels[rule.countsFrom]}, deretter ${retentionActionLabels[rule.action]}${rule.enabled ? '' : ' (regelen er slått av)'}. ${rule.description}`
        : 'Ingen egen sletteregel',
    };
  });
}

const columns: [string, (e: RecordEntry) => string][] = [
  ['Behandling', (e) => e.name],
  ['Formål', (e) => e.purpose],
  ['Behandlingsgrunnlag', (e) => legalBasisLabels[e.legalBasis]],
  ['Grunnlaget utdypet', (e) => e.legalBasisDetail ?? ''],
  ['Kategorier av registrerte', (e) => e.dataSubjectCategories.join('; ')],
  ['Kategorier av personopplysninger', (e) => e.dataCategories.join('; ')],
  ['Mottakere', (e) => e.recipients.join('; ')],
  ['Databehandlere og verktøy', (e) => e.processors.map((p) => p.name).join('; ')],
  ['Overføring til tredjeland og garantier', (e) => e.thirdCountryTransfers ?? ''],
  ['Sletting', (e) => e.retention],
  ['Sikkerhetstiltak', (e) => e.securityMeasures],
  ['Sist endret', (e) => e.updatedAt.toISOString()],
];

/** RFC 4180 CSV with a header row; a byte-order mark so spreadsheets read æ, ø and å. */
export function processingRecordCsv(entries: readonly RecordEntry[]): string {
  return '\uFEFF' + csvDocument([columns.map(([header]) => header), ...entries.map((e) => columns.map(([, value]) => value(e)))]);
}

const list = (items: readonly string[]) => (items.length ? `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>` : '<p>Ingen</p>');

/** A printable document in Norwegian: the controller, then one section per activity. */
export function processingRecordHtml(entries: readonly RecordEntry[], generatedAt: Date): string {
  const sections = entries
    .map(
      (e) => `<section>
<h2>${escapeHtml(e.name)}</h2>
<dl>
<dt>Formål</dt><dd>${escapeHtml(e.purpose)}</dd>
<dt>Behandlingsgrunnlag</dt><dd>${escapeHtml(legalBasisLabels[e.legalBasis])}${e.legalBasisDetail ? `<br>${escapeHtml(e.legalBasisDetail)}` : ''}</dd>
<dt>Kategorier av registrerte</dt><dd>${list(e.dataSubjectCategories)}</dd>
<dt>Kategorier av personopplysninger</dt><dd>${list(e.dataCategories)}</dd>
<dt>Mottakere</dt><dd>${list(e.recipients)}</dd>
<dt>Databehandlere og verktøy</dt><dd>${list(e.processors.map((p) => p.name))}</dd>
<dt>Overføring til tredjeland og garantier</dt><dd>${escapeHtml(e.thirdCountryTransfers ?? 'Ingen')}</dd>
<dt>Sletting</dt><dd>${escapeHtml(e.retention)}</dd>
<dt>Sikkerhetstiltak</dt><dd>${escapeHtml(e.securityMeasures)}</dd>
</dl>
</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<title>Protokoll over behandlingsaktiviteter</title>
<style>
body { font: 11pt/1.45 system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #999; }
dt { font-weight: 600; margin-top: .6rem; } dd { margin-left: 0; } ul { margin: .2rem 0; padding-left: 1.2rem; }
section { break-inside: avoid; } @media print { body { margin: 0; max-width: none; } }
</style>
</head>
<body>
<h1>Protokoll over behandlingsaktiviteter</h1>
<p>Etter personvernforordningen artikkel 30 nr. 1. Utskrift ${escapeHtml(norwegianDate(generatedAt))}; ${entries.length} behandlinger.</p>
<p><strong>Behandlingsansvarlig:</strong> ${escapeHtml(controller.name)}, ${escapeHtml(controller.address)}. E-post ${escapeHtml(controller.email)}, telefon ${escapeHtml(controller.phone)}. ${escapeHtml(controller.responsible)}.</p>
${sections}
</body>
</html>
`;
}
