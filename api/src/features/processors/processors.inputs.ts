import { z } from 'zod';
import { dataLocations, processorRoles, transferBases } from '@pvr/db/values';
import { optional, pageSize, textLine, uuidField } from '../../shared/inputs.ts';

/** EU member states plus Iceland, Liechtenstein and Norway: transfers here need no Chapter V basis. */
export const eeaCountries: readonly string[] = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT',
  'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
];

/** Norwegian organisation number: 9 digits, the last a mod-11 check digit. */
export const organisationNumberField = z
  .string()
  .transform((value) => value.replace(/\s/g, ''))
  .refine((value) => /^[0-9]{9}$/.test(value) && hasValidCheckDigit(value), 'Enter a valid 9-digit organisation number');

function hasValidCheckDigit(digits: string): boolean {
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((acc, weight, i) => acc + weight * Number(digits[i]), 0);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === Number(digits[8]);
}

/** Only https links: the database refuses anything else. */
export const httpsUrlField = z
  .string()
  .trim()
  .max(2000, 'The address is too long')
  .transform((value) => value.replace(/^https:/i, 'https:'))
  .refine((value) => value.startsWith('https://') && URL.canParse(value), 'Enter an address that starts with https://');

const textList = (label: string) =>
  z.array(textLine(200, label)).max(50, 'At most 50 entries').transform((list) => [...new Set(list)]);

const countryList = z
  .array(
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, 'Use two-letter country codes (ISO 3166-1)'),
  )
  .max(250, 'Too many countries')
  .transform((list) => [...new Set(list)]);

export type ProcessorRules = {
  role: (typeof processorRoles)[number];
  parentProcessorId: string | null;
  dataLocation: (typeof dataLocations)[number];
  transferBasis: string | null;
  countries: readonly string[];
};

/**
 * Rules across fields, checked on the whole record (on create, and on the merged record on
 * update): a third-country transfer needs a basis and a named country, a sub-processor its
 * processor.
 */
export function processorRuleViolations(p: ProcessorRules): { field: string; message: string }[] {
  const violations: { field: string; message: string }[] = [];
  if (p.dataLocation === 'third_country' && !p.transferBasis) {
    violations.push({ field: 'transferBasis', message: 'A transfer to a third country needs a transfer basis' });
  }
  if (p.dataLocation === 'third_country' && !p.countries.some((c) => !eeaCountries.includes(c))) {
    violations.push({ field: 'countries', message: 'Name the third country the data goes to' });
  }
  if (p.dataLocation === 'eea' && p.countries.some((c) => !eeaCountries.includes(c))) {
    violations.push({ field: 'countries', message: 'A country outside the EEA means a third-country transfer' });
  }
  if (p.role === 'sub_processor' && !p.parentProcessorId) {
    violations.push({ field: 'parentProcessorId', message: 'A sub-processor needs the processor that engaged it' });
  }
  if (p.role !== 'sub_processor' && p.parentProcessorId) {
    violations.push({ field: 'parentProcessorId', message: 'Only a sub-processor has a parent processor' });
  }
  return violations;
}

export const createProcessorInput = z
  .object({
    name: textLine(200, 'Name'),
    organisationNumber: optional(organisationNumberField),
    role: z.enum(processorRoles),
    parentProcessorId: optional(uuidField('parentProcessorId')),
    serviceDescription: textLine(2000, 'Service description'),
    dataCategories: textList('Data category').nullish().transform((v) => v ?? []),
    dataSubjectCategories: textList('Data subject category').nullish().transform((v) => v ?? []),
    hasPersonalDataAccess: z.boolean().nullish().transform((v) => v ?? true),
    dataLocation: z.enum(dataLocations),
    countries: countryList.nullish().transform((v) => v ?? []),
    transferBasis: z.enum(transferBases).nullish().transform((v) => v ?? null),
    website: optional(httpsUrlField),
    listedInPrivacyStatement: z.boolean().nullish().transform((v) => v ?? false),
    optOutUrl: optional(httpsUrlField),
  })
  .superRefine((value, ctx) => {
    for (const v of processorRuleViolations(value)) ctx.addIssue({ code: 'custom', path: [v.field], message: v.message });
  });
export type CreateProcessorInput = z.input<typeof createProcessorInput>;

export const updateProcessorInput = z.object({
  name: textLine(200, 'Name').optional(),
  organisationNumber: optional(organisationNumberField).optional(),
  role: z.enum(processorRoles).optional(),
  parentProcessorId: optional(uuidField('parentProcessorId')).optional(),
  serviceDescription: textLine(2000, 'Service description').optional(),
  dataCategories: textList('Data category').optional(),
  dataSubjectCategories: textList('Data subject category').optional(),
  hasPersonalDataAccess: z.boolean().optional(),
  dataLocation: z.enum(dataLocations).optional(),
  countries: countryList.optional(),
  transferBasis: z.enum(transferBases).nullish().transform((v) => v ?? null).optional(),
  website: optional(httpsUrlField).optional(),
  listedInPrivacyStatement: z.boolean().optional(),
  optOutUrl: optional(httpsUrlField).optional(),
});
export type UpdateProcessorInput = z.input<typeof updateProcessorInput>;

export const processorListInput = z.object({
  search: z.string().trim().max(200).nullish(),
  role: z.enum(processorRoles).nullish(),
  first: pageSize,
  after: z.string().max(500).nullish(),
});

export const idInput = z.object({ id: uuidField('id') });
