/**
 * The same reads as lib/documents.ts, in the schema PostGraphile reflects from the database:
 * the same rows and columns, the same page sizes and keyset orders. `currentConsents` is the
 * computed column of schema.ts; counts are PostGraphile's `totalCount`.
 */

/** 1. The candidates table. */
export const candidatesPage = `query CandidatesPage($first: Int!, $after: Cursor) {
  allCandidates(first: $first, after: $after, orderBy: [CREATED_AT_DESC, ROW_ID_DESC]) {
    nodes {
      rowId fullName email phone location status source lastActivityAt
      currentConsents { nodes { purpose caseId action occurredAt } }
      callNotesByCandidateId { totalCount }
    }
    pageInfo { endCursor hasNextPage }
    totalCount
  }
}`;

/** 2. A candidate's page. */
export const candidateDetail = `query CandidateDetail($id: UUID!, $first: Int!) {
  candidateByRowId(rowId: $id) {
    rowId fullName email phone location summary skills status source createdAt lastActivityAt
    currentConsents { nodes { purpose caseId action occurredAt } }
    callNoteCount: callNotesByCandidateId { totalCount }
    callNotes: callNotesByCandidateId(first: 20, orderBy: [OCCURRED_AT_DESC, ROW_ID_DESC]) {
      nodes { rowId occurredAt direction otherPartyName body caseByCaseId { rowId reference title } userByAuthorId { rowId fullName } }
    }
    consentHistory: consentEventsByCandidateId(first: $first, orderBy: [OCCURRED_AT_DESC, ROW_ID_DESC]) {
      nodes { rowId purpose caseId action occurredAt method evidenceForm recordedBy }
      pageInfo { endCursor hasNextPage }
      totalCount
    }
  }
}`;

/** 7. The consent history, paged far back. */
export const consentHistoryPage = `query ConsentReview($first: Int!, $after: Cursor) {
  allConsentEvents(first: $first, after: $after, orderBy: [OCCURRED_AT_DESC, ROW_ID_DESC]) {
    nodes { rowId subjectType candidateId subscriberId purpose caseId action occurredAt method }
    pageInfo { endCursor hasNextPage }
    totalCount
  }
}`;

/** Cursors of PostGraphile's own making, for pages far into the history. */
export const consentHistoryCursors = `query ConsentCursors($offset: Int!, $count: Int!) {
  allConsentEvents(first: $count, offset: $offset, orderBy: [OCCURRED_AT_DESC, ROW_ID_DESC]) { edges { cursor } }
}`;
