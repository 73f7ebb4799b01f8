export * from './client.ts';
export * from './statement-counter.ts';
export * as schema from './schema/index.ts';

export * from './prebuilt-query.ts';
