import { graphql } from '../../gql';

export const OutboxQuery = graphql(`
  query Outbox($after: String) {
    outbox(first: 25, after: $after) {
      nodes {
        id
        kind
        to
        subject
        text
        createdAt
        sentAt
        attempts
        lastErrorCode
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);
