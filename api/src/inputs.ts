/**
 * The API's input schemas (zod), for the web app's forms: one source of truth for what the
 * API accepts. Only zod, libphonenumber and @pvr/db/values are imported from here.
 */
export * from './features/users/users.inputs.ts';
export * from './features/candidates/candidates.inputs.ts';
export * from './features/consents/consents.inputs.ts';
export * from './features/newsletter/newsletter.inputs.ts';
export * from './features/cases/cases.inputs.ts';
export * from './features/cases/call-notes.inputs.ts';
export * from './features/processors/processors.inputs.ts';
export * from './features/processors/agreements.inputs.ts';
export * from './features/requests/requests.inputs.ts';
export * from './features/person-finder/person-finder.inputs.ts';
export * from './features/sharing/sharing.inputs.ts';
export * from './features/subject-data/subject-data.inputs.ts';
export * from './features/retention/retention.inputs.ts';
export * from './features/compliance/compliance.inputs.ts';
export * from './features/registers/registers.inputs.ts';
export * from './shared/sensitive-data.ts';
