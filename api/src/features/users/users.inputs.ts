import { z } from 'zod';
import { userRoles } from '@pvr/db/values';
import { emailField, optionalText, textLine, uuidField } from '../../shared/inputs.ts';

export const loginInput = z.object({
  email: emailField,
  password: z.string().min(1, 'Enter your password').max(1024),
});
export type LoginInput = z.input<typeof loginInput>;

/** New passwords: long rather than complex (NIST SP 800-63B), bounded to keep hashing cheap. */
export const newPassword = z.string().min(12, 'Use at least 12 characters').max(256, 'At most 256 characters');

export const reauthenticateInput = z.object({ password: z.string().min(1, 'Enter your password').max(1024) });

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1, 'Enter your current password').max(1024),
  newPassword,
});

export const createUserInput = z.object({
  email: emailField,
  fullName: textLine(200, 'Name'),
  title: optionalText(200),
  role: z.enum(userRoles),
  initialPassword: newPassword,
});
export type CreateUserInput = z.input<typeof createUserInput>;

export const setUserRoleInput = z.object({ userId: uuidField('userId'), role: z.enum(userRoles) });
export const userIdInput = z.object({ userId: uuidField('userId') });
