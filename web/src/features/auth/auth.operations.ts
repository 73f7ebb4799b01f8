import { graphql } from '../../gql';

/** What the app shell shows of the signed-in user; login returns the same shape so it can fill the cache. */
export const SessionUserFragment = graphql(`
  fragment SessionUser on User {
    id
    fullName
    email
    title
    role
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...SessionUser
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      ...SessionUser
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

/** Opens the API's short window for sensitive actions (erasure, applying retention). */
export const ReauthenticateMutation = graphql(`
  mutation Reauthenticate($password: String!) {
    reauthenticate(password: $password)
  }
`);
