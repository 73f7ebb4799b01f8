export * from './client.ts';
export { postgresUrlParts } from './connection-url.ts';
export { onOneConnection } from './one-connection.ts';
export { transactionEndingWith, type EndedTransaction } from './commit-behind.ts';
export * from './statement-counter.ts';
export * as schema from './schema/index.ts';

export * from './prebuilt-query.ts';
export * from './subquery-fields.ts';
export { countHead, selectPageWithTotal } from './page-with-total.ts';
