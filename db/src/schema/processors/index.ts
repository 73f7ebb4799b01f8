export * from './processors.ts';
