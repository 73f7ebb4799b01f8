export * from './candidates.ts';
export * from './shares.ts';
