import type { RequestContext } from '../../context.ts';
import { forbidden, unauthenticated } from '../../errors.ts';
import { loadProcessingRecord, processingRecordCsv, processingRecordHtml } from './processing-record.ts';
import { loadStatementLists, statementListsHtml, statementListsMarkdown } from './statement-lists.ts';

/** Partners and auditors read the registers; staff do not (DOMAIN.md's role table). */
function assertRegisterReader(ctx: RequestContext): void {
  if (!ctx.actor) throw unauthenticated();
  if (ctx.actor.role !== 'partner' && ctx.actor.role !== 'auditor') throw forbidden('Only partners and auditors read the registers');
}

export async function exportProcessingRecord(ctx: RequestContext, format: 'csv' | 'html'): Promise<string> {
  assertRegisterReader(ctx);
  const entries = await loadProcessingRecord(ctx.db);
  return format === 'csv' ? processingRecordCsv(entries) : processingRecordHtml(entries, new Date());
}

export async function privacyStatementLists(ctx: RequestContext): Promise<{ html: string; markdown: string }> {
  const lists = await loadStatementLists(ctx.db);
  return { html: statementListsHtml(lists), markdown: statementListsMarkdown(lists) };
}
