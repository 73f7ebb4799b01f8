import { graphql } from '../../gql';

export const ConsentEventFieldsFragment = graphql(`
  fragment ConsentEventFields on ConsentEvent {
    id
    subjectType
    candidateId
    subscriberId
    personEmail
    personName
    purpose
    caseId
    action
    occurredAt
    recordedAt
    method
    evidenceForm
    evidenceStatementVersion
    evidenceIpAnonymised
    evidenceNote
    recordedById
  }
`);

export const ConsentHistoryQuery = graphql(`
  query ConsentHistory($subject: ConsentSubjectInput!, $purpose: ConsentPurpose, $action: ConsentAction, $from: DateTime, $to: DateTime, $after: String) {
    consentHistory(subject: $subject, purpose: $purpose, action: $action, from: $from, to: $to, first: 25, after: $after) {
      nodes {
        id
        ...ConsentEventFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

export const CurrentConsentsQuery = graphql(`
  query CurrentConsents($subject: ConsentSubjectInput!) {
    currentConsents(subject: $subject) {
      purpose
      caseId
      granted
      since
    }
  }
`);

export const ConsentAsOfQuery = graphql(`
  query ConsentAsOf($subject: ConsentSubjectInput!, $purpose: ConsentPurpose!, $caseId: ID, $at: DateTime!) {
    consentAsOf(subject: $subject, purpose: $purpose, caseId: $caseId, at: $at) {
      purpose
      caseId
      granted
      since
    }
  }
`);

export const RecentConsentEventsQuery = graphql(`
  query RecentConsentEvents($action: ConsentAction, $purpose: ConsentPurpose, $from: DateTime, $to: DateTime, $after: String) {
    recentConsentEvents(action: $action, purpose: $purpose, from: $from, to: $to, first: 25, after: $after) {
      nodes {
        id
        ...ConsentEventFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

export const RecordConsentMutation = graphql(`
  mutation RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      id
      ...ConsentEventFields
    }
  }
`);

/** Names for the people and cases that consent events point to by id. */
export const ConsentLookupsQuery = graphql(`
  query ConsentLookups {
    users {
      id
      fullName
    }
    searchCases(text: "", first: 50) {
      id
      reference
      title
    }
  }
`);
