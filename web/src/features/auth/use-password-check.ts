import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { ReauthenticateMutation } from './auth.operations';

/**
 * For actions the API lets through only within minutes of re-entering the password
 * (REAUTHENTICATION_REQUIRED otherwise): checks the password, then runs the action. A wrong
 * password rejects with the API's BAD_USER_INPUT on the field `password`, so a dialog can show
 * it on its password field with describeError().
 */
export function usePasswordCheck() {
  const [reauthenticate, { loading }] = useMutation(ReauthenticateMutation);
  const withPassword = useCallback(
    async <T,>(password: string, action: () => Promise<T>): Promise<T> => {
      await reauthenticate({ variables: { password } });
      return action();
    },
    [reauthenticate],
  );
  return { withPassword, checking: loading };
}
