import { graphql } from '../../gql';

export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditLogFilter, $after: String) {
    auditLog(filter: $filter, first: 25, after: $after) {
      nodes {
        id
        seq
        occurredAt
        actor {
          id
          fullName
        }
        actorRole
        action
        entityType
        entityId
        subjectPseudonym
        detailsJson
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const AuditChainStatusQuery = graphql(`
  query AuditChainStatus {
    auditChainStatus {
      ok
      entries
      brokenSeq
      reason
    }
  }
`);

export const AuditActorsQuery = graphql(`
  query AuditActors {
    users(includeDisabled: true) {
      id
      fullName
      role
    }
  }
`);
