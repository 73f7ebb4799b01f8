import { graphql } from '../../gql';

export const SubscribersQuery = graphql(`
  query Subscribers($search: String, $status: SubscriberStatus, $after: String) {
    subscribers(search: $search, status: $status, first: 25, after: $after) {
      nodes {
        id
        email
        status
        source
        createdAt
        confirmedAt
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

export const AddSubscriberMutation = graphql(`
  mutation AddSubscriber($input: AddSubscriberInput!) {
    addSubscriber(input: $input) {
      id
      email
    }
  }
`);

export const RemoveSubscriberMutation = graphql(`
  mutation RemoveSubscriber($id: ID!) {
    removeSubscriber(id: $id)
  }
`);
