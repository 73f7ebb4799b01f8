import { graphql } from '../../gql';

export const RetentionRuleFieldsFragment = graphql(`
  fragment RetentionRuleFields on RetentionRule {
    id
    category
    description
    durationMonths
    countsFrom
    action
    legalBasis
    enabled
    updatedAt
    updatedBy {
      id
      fullName
    }
  }
`);

export const RetentionRulesQuery = graphql(`
  query RetentionRules {
    retentionRules {
      id
      ...RetentionRuleFields
    }
  }
`);

export const UpdateRetentionRuleMutation = graphql(`
  mutation UpdateRetentionRule($id: ID!, $input: UpdateRetentionRuleInput!) {
    updateRetentionRule(id: $id, input: $input) {
      id
      ...RetentionRuleFields
    }
  }
`);

/** A run as the list shows it: mode, status, who or what started it and when, progress. */
export const RetentionRunSummaryFragment = graphql(`
  fragment RetentionRunSummary on RetentionRun {
    id
    mode
    status
    startedVia
    startedAt
    finishedAt
    total
    processed
    triggeredBy {
      id
      fullName
    }
  }
`);

/** A run's report: one line per enabled rule and per housekeeping step, counts and record ids only. */
export const RetentionRunReportFragment = graphql(`
  fragment RetentionRunReport on RetentionRun {
    id
    asOf
    failure
    disabledCategories
    rules {
      ruleId
      category
      action
      durationMonths
      due
      applied
      exampleIds
      warningsDue
      warned
      warningsCleared
      note
    }
    housekeeping {
      task
      keepHours
      due
      applied
    }
  }
`);

export const RetentionRunsQuery = graphql(`
  query RetentionRuns($after: String) {
    retentionRuns(first: 20, after: $after) {
      nodes {
        id
        ...RetentionRunSummary
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

export const RetentionRunQuery = graphql(`
  query RetentionRun($id: ID!) {
    retentionRun(id: $id) {
      id
      ...RetentionRunSummary
      ...RetentionRunReport
    }
  }
`);

export const RunRetentionMutation = graphql(`
  mutation RunRetention($dryRun: Boolean!) {
    runRetention(dryRun: $dryRun) {
      id
      ...RetentionRunSummary
      ...RetentionRunReport
    }
  }
`);
