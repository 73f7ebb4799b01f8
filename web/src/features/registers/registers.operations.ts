import { graphql } from '../../gql';

export const ProcessingActivityFieldsFragment = graphql(`
  fragment ProcessingActivityFields on ProcessingActivity {
    id
    name
    purpose
    legalBasis
    legalBasisDetail
    dataSubjectCategories
    dataCategories
    recipients
    thirdCountryTransfers
    securityMeasures
    retentionRule {
      id
      category
      description
      durationMonths
      countsFrom
      action
      enabled
    }
    processors {
      id
      name
    }
    updatedAt
  }
`);

export const ProcessingActivitiesQuery = graphql(`
  query ProcessingActivities {
    processingActivities {
      id
      ...ProcessingActivityFields
    }
  }
`);

/** What the activity form chooses from: processors and retention rules. */
export const ActivityOptionsQuery = graphql(`
  query ActivityOptions {
    processors(first: 100) {
      nodes {
        id
        name
      }
    }
    retentionRules {
      id
      category
      durationMonths
      countsFrom
      action
      enabled
    }
  }
`);

export const CreateProcessingActivityMutation = graphql(`
  mutation CreateProcessingActivity($input: CreateProcessingActivityInput!) {
    createProcessingActivity(input: $input) {
      id
      ...ProcessingActivityFields
    }
  }
`);

export const UpdateProcessingActivityMutation = graphql(`
  mutation UpdateProcessingActivity($id: ID!, $input: UpdateProcessingActivityInput!) {
    updateProcessingActivity(id: $id, input: $input) {
      id
      ...ProcessingActivityFields
    }
  }
`);

export const PrivacyStatementListsQuery = graphql(`
  query PrivacyStatementLists {
    privacyStatementLists {
      html
      markdown
    }
  }
`);
