import { schema, type Database } from '@pvr/db';
import { asc, sql } from '@pvr/db/orm';
import { dataLocationLabels, transferBasisLabels } from './norwegian-labels.ts';
import { escapeHtml, escapeMarkdown, isSafeLink, markdownUrl } from './text-formats.ts';

const { processors } = schema;
type ProcessorRow = typeof processors.$inferSelect;

/** The lists the privacy statement leaves empty, from the processor register. */
export type StatementLists = {
  /** "Følgende verktøy benyttes:" — vendors marked for the statement. */
  tools: ProcessorRow[];
  /** "Avmelding fra noen av disse verktøyene kan skje her:" — those with an opt-out link. */
  optOuts: ProcessorRow[];
  /** Processors and sub-processors (not independent controllers). */
  processors: (ProcessorRow & { parentName: string | null })[];
};

export const statementHeadings = {
  tools: 'Følgende verktøy benyttes:',
  optOuts: 'Avmelding fra noen av disse verktøyene kan skje her:',
  processors: 'Databehandlere og underleverandører:',
};

export async function loadStatementLists(db: Database): Promise<StatementLists> {
  const all = await db.select().from(processors).orderBy(asc(sql`lower(${processors.name})`), asc(processors.id));
  const nameOf = new Map(all.map((p) => [p.id, p.name]));
  const tools = all.filter((p) => p.listedInPrivacyStatement);
  return {
    tools,
    optOuts: tools.filter((p) => isSafeLink(p.optOutUrl)),
    processors: all
      .filter((p) => p.role === 'processor' || p.role === 'sub_processor')
      .map((p) => ({ ...p, parentName: p.parentProcessorId ? (nameOf.get(p.parentProcessorId) ?? null) : null })),
  };
}

/** Where a processor's data goes, in words: EØS, or the countries and the transfer basis. */
function whereTo(p: ProcessorRow): string {
  if (p.dataLocation === 'eea') return `data lagres i ${dataLocationLabels.eea}`;
  const basis = p.transferBasis ? `, grunnlag: ${transferBasisLabels[p.transferBasis]}` : '';
  return `data overføres ${dataLocationLabels.third_country}${p.countries.length ? ` (${p.countries.join(', ')})` : ''}${basis}`;
}

const processorLine = (p: StatementLists['processors'][number]) =>
  [
    p.name,
    p.organisationNumber ? ` (org.nr. ${p.organisationNumber})` : '',
    // A description written as a sentence keeps its meaning without its full stop before the '; …' that follows.
    ` – ${p.serviceDescription.trim().replace(/\.+$/, '')}`,
    p.parentName ? `; underleverandør til ${p.parentName}` : '',
    `; ${whereTo(p)}`,
  ].join('');

const htmlList = (items: string[]) => (items.length ? `<ul>\n${items.map((i) => `  <li>${i}</li>`).join('\n')}\n</ul>` : '<p>Ingen.</p>');

/** An HTML fragment for the statement; every value from the register is escaped. */
export function statementListsHtml(lists: StatementLists): string {
  return [
    '<section class="personvern-lister" lang="nb">',
    `<h3>${escapeHtml(statementHeadings.tools)}</h3>`,
    htmlList(lists.tools.map((p) => `<strong>${escapeHtml(p.name)}</strong> – ${escapeHtml(p.serviceDescription)}`)),
    `<h3>${escapeHtml(statementHeadings.optOuts)}</h3>`,
    htmlList(lists.optOuts.map((p) => `<a href="${escapeHtml(p.optOutUrl ?? '')}" rel="noopener noreferrer">${escapeHtml(p.name)}</a>`)),
    `<h3>${escapeHtml(statementHeadings.processors)}</h3>`,
    htmlList(lists.processors.map((p) => escapeHtml(processorLine(p)))),
    '</section>',
  ].join('\n');
}

const markdownList = (items: string[]) => (items.length ? items.map((i) => `- ${i}`).join('\n') : 'Ingen.');

/** The same lists as Markdown, for a statement kept in a CMS or a repository. */
export function statementListsMarkdown(lists: StatementLists): string {
  return [
    `### ${escapeMarkdown(statementHeadings.tools)}`,
    '',
    markdownList(lists.tools.map((p) => `**${escapeMarkdown(p.name)}** – ${escapeMarkdown(p.serviceDescription)}`)),
    '',
    `### ${escapeMarkdown(statementHeadings.optOuts)}`,
    '',
    markdownList(lists.optOuts.map((p) => `[${escapeMarkdown(p.name)}](${markdownUrl(p.optOutUrl ?? '')})`)),
    '',
    `### ${escapeMarkdown(statementHeadings.processors)}`,
    '',
    markdownList(lists.processors.map((p) => escapeMarkdown(processorLine(p)))),
    '',
  ].join('\n');
}

/** A whole page around the fragment, for the website to show or embed. */
export function statementListsPage(lists: StatementLists): string {
  return `<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><title>Verktøy og databehandlere</title></head>
<body>
${statementListsHtml(lists)}
</body>
</html>
`;
}
