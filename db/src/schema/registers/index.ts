export * from './processing-activities.ts';
