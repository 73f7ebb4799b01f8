import type { Messages } from '../../../lib/i18n';
import type { authNb } from './nb';

export const authEn: Messages<typeof authNb> = {
  checking: 'Checking sign-in …',
  checkFailed: 'Could not check the sign-in',
  login: {
    title: 'Sign in',
    failed: 'Sign-in failed',
    wrongCredentials: 'Wrong email or password.',
    email: 'Email',
    password: 'Password',
    showPassword: 'Show password',
    submit: 'Sign in',
    emailInvalid: 'Enter a valid email address.',
    emailTooLong: 'The email address is too long.',
    passwordMissing: 'Enter your password.',
    passwordTooLong: 'The password is too long.',
  },
  logout: {
    button: 'Sign out',
    failed: 'Could not sign out. Try again.',
  },
};
