/** The GraphQL documents, each as the dashboard sends it. */

export const loginMutation = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { id role } }`;

/** 1. The candidates table: a page of 50 with current consents and note count. */
export const candidatesPage = `query CandidatesPage($first: Int!, $after: String, $filter: CandidateFilter, $sort: CandidateSort) {
  candidates(first: $first, after: $after, filter: $filter, sort: $sort) {
    nodes {
      id fullName email phone location status source lastActivityAt
      consents { purpose caseId granted since }
      callNoteCount
    }
    pageInfo { endCursor hasNextPage }
    totalCount
  }
}`;

/** 2. A candidate's page: profile, consents, the newest notes and the first page of the timeline. */
export const candidateDetail = `query CandidateDetail($id: ID!, $first: Int!) {
  candidate(id: $id) {
    id fullName email phone location summary skills status source createdAt lastActivityAt
    consents { purpose caseId granted since }
    callNoteCount
    callNotes(first: 20) { id occurredAt direction otherPartyName body case { id reference title } author { id fullName } }
  }
  consentHistory(subject: { candidateId: $id }, first: $first) {
    nodes { id purpose caseId action occurredAt method evidenceForm recordedById }
    pageInfo { endCursor hasNextPage }
    totalCount
  }
}`;

/** 3. The search box. */
export const searchQuery = `query Search($text: String!) {
  search(text: $text, first: 10) {
    candidates { score candidate { id fullName email status } }
    callNotes { rank headline note { id occurredAt candidateId case { id reference title } } }
  }
}`;

/** 5. Logging a call right after hanging up. */
export const logCallNote = `mutation LogCallNote($input: LogCallNoteInput!) {
  logCallNote(input: $input) { id occurredAt direction otherPartyName body case { id } author { id fullName } }
}`;

/** 7. The consent review list, paged far back. */
export const consentReview = `query ConsentReview($first: Int!, $after: String) {
  recentConsentEvents(first: $first, after: $after) {
    nodes { id subjectType candidateId subscriberId purpose caseId action occurredAt method }
    pageInfo { endCursor hasNextPage }
    totalCount
  }
}`;
