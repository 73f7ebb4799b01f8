import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

/**
 * The API's own input schemas (zod), the single source of what the API accepts, loaded on
 * demand: with zod and the phone-number metadata they weigh more than most pages, and a page
 * should not wait for them before it shows. Each form loads its own feature's schemas; zod is
 * shared between them, and the phone metadata comes only with forms that take a phone number.
 * Import only types from '@pvr/api/inputs' elsewhere, or the schemas move back into pages.
 */
const schemas = {
  loginInput: () => import('@pvr/api-inputs/users/users.inputs.ts').then((m) => m.loginInput),
  createCandidateInput: () => import('@pvr/api-inputs/candidates/candidates.inputs.ts').then((m) => m.createCandidateInput),
  updateCandidateInput: () => import('@pvr/api-inputs/candidates/candidates.inputs.ts').then((m) => m.updateCandidateInput),
  openCaseInput: () => import('@pvr/api-inputs/cases/cases.inputs.ts').then((m) => m.openCaseInput),
  logCallNoteInput: () => import('@pvr/api-inputs/cases/call-notes.inputs.ts').then((m) => m.logCallNoteInput),
  recordConsentInput: () => import('@pvr/api-inputs/consents/consents.inputs.ts').then((m) => m.recordConsentInput),
  addSubscriberInput: () => import('@pvr/api-inputs/newsletter/newsletter.inputs.ts').then((m) => m.addSubscriberInput),
  createProcessorInput: () => import('@pvr/api-inputs/processors/processors.inputs.ts').then((m) => m.createProcessorInput),
  updateProcessorInput: () => import('@pvr/api-inputs/processors/processors.inputs.ts').then((m) => m.updateProcessorInput),
  createAgreementInput: () => import('@pvr/api-inputs/processors/agreements.inputs.ts').then((m) => m.createAgreementInput),
  updateAgreementInput: () => import('@pvr/api-inputs/processors/agreements.inputs.ts').then((m) => m.updateAgreementInput),
  createProcessingActivityInput: () => import('@pvr/api-inputs/registers/registers.inputs.ts').then((m) => m.createProcessingActivityInput),
  updateProcessingActivityInput: () => import('@pvr/api-inputs/registers/registers.inputs.ts').then((m) => m.updateProcessingActivityInput),
  registerRequestInput: () => import('@pvr/api-inputs/requests/requests.inputs.ts').then((m) => m.registerRequestInput),
  extendRequestDeadlineInput: () => import('@pvr/api-inputs/requests/requests.inputs.ts').then((m) => m.extendRequestDeadlineInput),
  completeRequestInput: () => import('@pvr/api-inputs/requests/requests.inputs.ts').then((m) => m.completeRequestInput),
  refuseRequestInput: () => import('@pvr/api-inputs/requests/requests.inputs.ts').then((m) => m.refuseRequestInput),
  addRequestCommentInput: () => import('@pvr/api-inputs/requests/requests.inputs.ts').then((m) => m.addRequestCommentInput),
  updateRetentionRuleInput: () => import('@pvr/api-inputs/retention/retention.inputs.ts').then((m) => m.updateRetentionRuleInput),
  attestComplianceTaskInput: () => import('@pvr/api-inputs/compliance/compliance.inputs.ts').then((m) => m.attestComplianceTaskInput),
  markUserDepartedInput: () => import('@pvr/api-inputs/compliance/compliance.inputs.ts').then((m) => m.markUserDepartedInput),
};

export type SchemaName = keyof typeof schemas;
type Schema<K extends SchemaName> = Awaited<ReturnType<(typeof schemas)[K]>>;

/** What a form submits once the API's schema has parsed it (trimmed, normalised, defaults filled in). */
export type ApiOutput<K extends SchemaName> = z.output<Schema<K>>;

const loading = new Map<SchemaName, Promise<z.ZodType>>();

export function loadApiSchema<K extends SchemaName>(name: K): Promise<Schema<K>> {
  let promise = loading.get(name);
  if (!promise) {
    promise = schemas[name]().catch((error: unknown) => {
      loading.delete(name); // Let the next attempt try again (a new release, a network blip).
      throw error;
    });
    loading.set(name, promise);
  }
  return promise as Promise<Schema<K>>;
}

/** Starts loading a form's schema when it mounts, so it is there by the time the form is submitted. */
export function usePreloadApiSchema(name: SchemaName): void {
  useEffect(() => {
    void loadApiSchema(name).catch(() => undefined);
  }, [name]);
}

/**
 * A react-hook-form resolver that validates with one of the API's schemas, loaded on first use.
 * `toInput` turns the form's values into the API's input first (a local time into an instant, …);
 * the field names stay the same, so errors land on the form's fields.
 */
export function apiSchemaResolver<TForm extends FieldValues, K extends SchemaName>(
  name: K,
  toInput: (values: TForm) => unknown = (values) => values,
): Resolver<TForm, unknown, ApiOutput<K>> {
  let resolver: Resolver<FieldValues, unknown, ApiOutput<K>> | null = null;
  return async (values, context, options) => {
    resolver ??= zodResolver((await loadApiSchema(name)) as never) as unknown as Resolver<FieldValues, unknown, ApiOutput<K>>;
    let input: unknown;
    try {
      input = toInput(values);
    } catch {
      input = values; // A value the mapping cannot read (a half-typed date): let the schema name the field.
    }
    return (await resolver(input as FieldValues, context, options as never)) as Awaited<ReturnType<Resolver<TForm, unknown, ApiOutput<K>>>>;
  };
}
