import { schema, type Database, type Transaction } from '@pvr/db';
import { sql } from '@pvr/db/orm';
import { createClock } from './clock.ts';
import { buildDemoData, type DemoData } from './demo-data.ts';
import { demoLogins } from './demo-logins.ts';
import { insertSeedUsers } from './people.ts';

/** Any constant: serialises two processes that start on an empty database at the same time. */
const seedLockKey = 7_234_001;

/**
 * Seeds the invented demo data in one transaction (all or nothing) and returns the demo
 * logins. With onlyIfEmpty, a database that already has users is left alone and [] returned.
 */
export async function seedDemoData(db: Database, options: { onlyIfEmpty: boolean }): Promise<typeof demoLogins> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${seedLockKey})`);
    if (options.onlyIfEmpty && (await tx.$count(schema.users)) > 0) return [];
    const clock = createClock(new Date());
    const users = await insertSeedUsers(tx, clock);
    await insertDemoData(tx, buildDemoData(clock, users));
    return demoLogins;
  });
}

/** Batch inserts in foreign-key order. */
async function insertDemoData(tx: Transaction, data: DemoData): Promise<void> {
  await tx.insert(schema.candidates).values(data.candidates);
  await tx.insert(schema.candidateDocuments).values(data.documents);
  await tx.insert(schema.cases).values(data.cases);
  await tx.insert(schema.caseMembers).values(data.caseMembers);
  await tx.insert(schema.callNotes).values(data.callNotes);
  await tx.insert(schema.subscribers).values(data.subscribers);
  await tx.insert(schema.consentEvents).values(data.consentEvents);
  await tx.insert(schema.candidateShares).values(data.candidateShares);
  await tx.insert(schema.processors).values(data.processors);
  await tx.insert(schema.processors).values(data.subProcessors);
  await tx.insert(schema.processorAgreements).values(data.agreements);
  await tx.insert(schema.retentionRules).values(data.retentionRules);
  await tx.insert(schema.processingActivities).values(data.processingActivities);
  await tx.insert(schema.processingActivityProcessors).values(data.activityProcessors);
  await tx.insert(schema.dataSubjectRequests).values(data.requests);
  await tx.insert(schema.requestComments).values(data.requestComments);
  await tx.insert(schema.contactInquiries).values(data.inquiries);
}
