import { z } from 'zod';
import { textLine } from '../../shared/inputs.ts';

export const searchInput = z.object({
  text: textLine(200, 'Search text'),
  first: z.number().int().min(1, 'first must be at least 1').max(50, 'first must be at most 50').default(10),
});
export type SearchInput = z.input<typeof searchInput>;
