import { graphql } from '../../gql';
import type { ComplianceTasksQuery as ComplianceTasksResult } from '../../gql/graphql';

/**
 * The task fields sit in the list query itself, not in a fragment: the API's cost limit counts a
 * fragment spread as one more level, multiplied by the page size, and 25 tasks would exceed it.
 */
export const ComplianceTasksQuery = graphql(`
  query ComplianceTasks($filter: ComplianceTaskFilter, $after: String) {
    complianceTasks(filter: $filter, first: 25, after: $after) {
      nodes {
        id
        kind
        dueOn
        overdue
        user {
          id
          fullName
        }
        agreement {
          id
          kind
          processor {
            id
            name
          }
        }
        checklist {
          key
          label
          done
          automatic
        }
        notes
        attestedBy {
          id
          fullName
        }
        attestedAt
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

export const AttestComplianceTaskMutation = graphql(`
  mutation AttestComplianceTask($id: ID!, $notes: String, $checklist: [ComplianceChecklistInput!]) {
    attestComplianceTask(id: $id, notes: $notes, checklist: $checklist) {
      id
      notes
      attestedAt
      attestedBy {
        id
        fullName
      }
    }
  }
`);

/** Who can be marked as departed: the firm's active accounts. */
export const DepartureCandidatesQuery = graphql(`
  query DepartureCandidates {
    users {
      id
      fullName
      title
      role
      status
    }
  }
`);

export const MarkUserDepartedMutation = graphql(`
  mutation MarkUserDeparted($userId: ID!, $departedOn: Date!) {
    markUserDeparted(userId: $userId, departedOn: $departedOn) {
      id
      status
    }
  }
`);

export type ComplianceTaskItem = ComplianceTasksResult['complianceTasks']['nodes'][number];
