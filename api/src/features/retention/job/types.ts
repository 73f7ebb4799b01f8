import type { Database, Transaction, schema } from '@pvr/db';
import { sql, type SQL } from '@pvr/db/orm';
import type { retentionCategories } from '@pvr/db/values';
import type { RequestContext } from '../../../context.ts';

export type Db = Database | Transaction;
export type RetentionCategory = (typeof retentionCategories)[number];
export type RetentionRuleRow = typeof schema.retentionRules.$inferSelect;

/**
 * One category of data the job can find and remove. `now` is always a parameter (the job's
 * clock), never the database's, so a test can put the job at any date.
 */
export type CategoryHandler = {
  category: RetentionCategory;
  /** How many records are due: one count, cheap enough for the overview. */
  countDue(db: Db, rule: RetentionRuleRow, now: Date): Promise<number>;
  /** A few due record ids for the dry-run report: ids only, never names. */
  exampleIds(db: Db, rule: RetentionRuleRow, now: Date, limit: number): Promise<string[]>;
  /** Deletes or anonymises up to `limit` due records in the caller's transaction; their ids. */
  applyBatch(tx: Transaction, ctx: RequestContext, rule: RetentionRuleRow, now: Date, limit: number): Promise<string[]>;
  /** Smaller batches where one record is many statements (a candidate's erasure). */
  maxBatch?: number;
  /** A remark for the report, e.g. that the register holds no such records. */
  note?: string;
};

export const instant = (now: Date) => sql`${now.toISOString()}::timestamptz`;

/** The moment before which a record's clock must have started for the rule to reach it. */
export const cutoffOf = (rule: RetentionRuleRow, now: Date): SQL => sql`(${instant(now)} - make_interval(months => ${rule.durationMonths}::int))`;

/** The same, as an Oslo calendar date, for clocks that are dates (departure). */
export const cutoffDateOf = (rule: RetentionRuleRow, now: Date): SQL =>
  sql`((${instant(now)} at time zone 'Europe/Oslo')::date - make_interval(months => ${rule.durationMonths}::int))::date`;
