import { graphql } from '../../gql';

export const FindPersonQuery = graphql(`
  query FindPerson($query: String!) {
    findPerson(query: $query) {
      area
      recordId
      label
      matchedBy
      candidateId
      subscriberId
      caseId
    }
  }
`);

export const SubjectExportSummaryQuery = graphql(`
  query SubjectExportSummary($subject: SubjectInput!) {
    subjectExportSummary(subject: $subject) {
      candidateId
      subscriberId
      displayName
      total
      htmlUrl
      jsonUrl
      counts {
        candidate
        documents
        consentEvents
        shares
        newsletter
        callNotes
        inquiries
        requests
        selfServiceLinks
        emails
        auditEntries
      }
    }
  }
`);

export const ErasureCountsFragment = graphql(`
  fragment ErasureCountsFields on ErasureCounts {
    candidate
    documents
    shares
    selfServiceTokens
    consentEvents
    subscriber
    inquiries
    emails
    idempotencyRecords
    callNotesRedacted
    requestsRedacted
    requestCommentsRedacted
  }
`);

export const CvRecipientFragment = graphql(`
  fragment CvRecipientFields on CvRecipient {
    recipient
    caseReference
    caseTitle
    sharedAt
  }
`);

export const ErasureImpactQuery = graphql(`
  query ErasureImpact($subject: SubjectInput!) {
    erasureImpact(subject: $subject) {
      candidateId
      subscriberId
      auditEntriesKept
      counts {
        ...ErasureCountsFields
      }
      recipientsToNotify {
        ...CvRecipientFields
      }
    }
  }
`);

export const EraseDataSubjectMutation = graphql(`
  mutation EraseDataSubject($subject: SubjectInput!, $requestId: ID, $confirm: Boolean!) {
    eraseDataSubject(subject: $subject, requestId: $requestId, confirm: $confirm) {
      tombstoneId
      erasedAt
      counts {
        ...ErasureCountsFields
      }
      recipientsToNotify {
        ...CvRecipientFields
      }
    }
  }
`);
