import { graphql } from '../../gql';

export const CandidatesQuery = graphql(`
  query Candidates($first: Int!, $after: String, $filter: CandidateFilter, $sort: CandidateSort) {
    candidates(first: $first, after: $after, filter: $filter, sort: $sort) {
      nodes {
        id
        ...CandidateRow
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);
