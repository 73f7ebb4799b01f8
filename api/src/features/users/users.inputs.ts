import { z } from 'zod';

export const loginInput = z.object({
  email: z.string().trim().toLowerCase().email('Enter a valid email address').max(254),
  password: z.string().min(1, 'Enter your password').max(1024),
});
export type LoginInput = z.input<typeof loginInput>;
