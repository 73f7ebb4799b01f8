/**
 * The API's input schemas (zod), for the web app's forms: one source of truth for what the
 * API accepts. Only zod and small browser-safe helpers are imported from here.
 */
export * from './features/users/users.inputs.ts';
export * from './features/candidates/candidates.inputs.ts';
