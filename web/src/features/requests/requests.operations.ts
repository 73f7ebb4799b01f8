import { graphql } from '../../gql';

export const DataSubjectRequestsQuery = graphql(`
  query DataSubjectRequests($status: RequestStatus, $kind: RequestKind, $after: String) {
    dataSubjectRequests(status: $status, kind: $kind, first: 25, after: $after) {
      nodes {
        id
        kind
        requesterName
        receivedOn
        dueOn
        daysLeft
        paused
        status
        handler {
          id
          fullName
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

export const RequestFieldsFragment = graphql(`
  fragment RequestFields on DataSubjectRequest {
    id
    kind
    requesterName
    requesterEmail
    requesterPhone
    candidateId
    receivedOn
    dueOn
    baseDueOn
    extendedDueOn
    extensionReason
    identityRequestedAt
    identityVerifiedAt
    pausedDays
    paused
    daysLeft
    overdue
    status
    refusalReason
    resolution
    handler {
      id
      fullName
    }
    completedAt
    createdAt
  }
`);

export const DataSubjectRequestQuery = graphql(`
  query DataSubjectRequest($id: ID!) {
    dataSubjectRequest(id: $id) {
      id
      ...RequestFields
      comments {
        id
        body
        author {
          id
          fullName
        }
        createdAt
      }
    }
  }
`);

/** Active partners: the only users who may handle a request. */
export const RequestHandlersQuery = graphql(`
  query RequestHandlers {
    users {
      id
      fullName
      title
      role
      status
    }
  }
`);

export const RegisterRequestMutation = graphql(`
  mutation RegisterRequest($input: RegisterRequestInput!) {
    registerRequest(input: $input) {
      id
      ...RequestFields
    }
  }
`);

export const RequestIdentityVerificationMutation = graphql(`
  mutation RequestIdentityVerification($id: ID!) {
    requestIdentityVerification(id: $id) {
      id
      ...RequestFields
    }
  }
`);

export const VerifyIdentityMutation = graphql(`
  mutation VerifyIdentity($id: ID!) {
    verifyIdentity(id: $id) {
      id
      ...RequestFields
    }
  }
`);

export const StartRequestWorkMutation = graphql(`
  mutation StartRequestWork($id: ID!) {
    startRequestWork(id: $id) {
      id
      ...RequestFields
    }
  }
`);

export const ExtendRequestDeadlineMutation = graphql(`
  mutation ExtendRequestDeadline($id: ID!, $reason: String!) {
    extendRequestDeadline(id: $id, reason: $reason) {
      id
      ...RequestFields
    }
  }
`);

export const CompleteRequestMutation = graphql(`
  mutation CompleteRequest($id: ID!, $resolution: String!) {
    completeRequest(id: $id, resolution: $resolution) {
      id
      ...RequestFields
    }
  }
`);

export const RefuseRequestMutation = graphql(`
  mutation RefuseRequest($id: ID!, $reason: String!) {
    refuseRequest(id: $id, reason: $reason) {
      id
      ...RequestFields
    }
  }
`);

export const AssignRequestHandlerMutation = graphql(`
  mutation AssignRequestHandler($id: ID!, $userId: ID!) {
    assignRequestHandler(id: $id, userId: $userId) {
      id
      ...RequestFields
    }
  }
`);

export const AddRequestCommentMutation = graphql(`
  mutation AddRequestComment($id: ID!, $body: String!) {
    addRequestComment(id: $id, body: $body) {
      id
    }
  }
`);
