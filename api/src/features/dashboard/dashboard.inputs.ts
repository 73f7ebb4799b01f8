import { z } from 'zod';

export const consentActivityInput = z.object({
  months: z
    .number()
    .int()
    .min(1, 'months must be at least 1')
    .max(36, 'months must be at most 36')
    .nullish()
    .transform((v) => v ?? 12),
});
