import { graphql } from '../../gql';

export const CasesQuery = graphql(`
  query Cases($status: CaseStatus, $search: String, $first: Int!, $after: String) {
    cases(status: $status, search: $search, first: $first, after: $after) {
      nodes {
        id
        reference
        title
        clientName
        status
        openedAt
        closedAt
        callNoteCount
        responsiblePartner {
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

export const CallNoteItemFragment = graphql(`
  fragment CallNoteItem on CallNote {
    id
    occurredAt
    direction
    otherPartyName
    otherPartyPhone
    candidateId
    body @include(if: $withBodies)
    createdAt
    author {
      id
      fullName
    }
  }
`);

export const CaseQuery = graphql(`
  query Case($id: ID!, $withBodies: Boolean!, $notesAfter: String) {
    case(id: $id) {
      id
      reference
      title
      clientName
      status
      openedAt
      closedAt
      responsiblePartner {
        id
        fullName
      }
      members {
        id
        fullName
        title
        role
      }
      callNoteCount
      callNotes(first: 20, after: $notesAfter) {
        nodes {
          id
          ...CallNoteItem
        }
        pageInfo {
          endCursor
          hasNextPage
        }
        totalCount
      }
    }
  }
`);

export const SearchCasesQuery = graphql(`
  query SearchCases($text: String!) {
    searchCases(text: $text, first: 10) {
      id
      reference
      title
      clientName
      status
    }
  }
`);

export const UsersQuery = graphql(`
  query Users {
    users {
      id
      fullName
      title
      role
      status
    }
  }
`);

export const OpenCaseMutation = graphql(`
  mutation OpenCase($input: OpenCaseInput!) {
    openCase(input: $input) {
      id
      reference
    }
  }
`);

export const CloseCaseMutation = graphql(`
  mutation CloseCase($id: ID!) {
    closeCase(id: $id) {
      id
      status
      closedAt
    }
  }
`);

export const ReopenCaseMutation = graphql(`
  mutation ReopenCase($id: ID!) {
    reopenCase(id: $id) {
      id
      status
      closedAt
    }
  }
`);

export const AddCaseMemberMutation = graphql(`
  mutation AddCaseMember($caseId: ID!, $userId: ID!) {
    addCaseMember(caseId: $caseId, userId: $userId) {
      id
      members {
        id
        fullName
        title
        role
      }
    }
  }
`);

export const RemoveCaseMemberMutation = graphql(`
  mutation RemoveCaseMember($caseId: ID!, $userId: ID!) {
    removeCaseMember(caseId: $caseId, userId: $userId) {
      id
      members {
        id
        fullName
        title
        role
      }
    }
  }
`);

export const LogCallNoteMutation = graphql(`
  mutation LogCallNote($input: LogCallNoteInput!) {
    logCallNote(input: $input) {
      id
      occurredAt
      direction
      otherPartyName
      otherPartyPhone
      candidateId
      body
      createdAt
      author {
        id
        fullName
      }
      case {
        id
        reference
        title
      }
    }
  }
`);
