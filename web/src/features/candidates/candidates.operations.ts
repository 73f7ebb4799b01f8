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

export const CandidateProfileFragment = graphql(`
  fragment CandidateProfile on Candidate {
    id
    fullName
    email
    phone
    location
    summary
    skills
    status
    source
    createdAt
    updatedAt
    lastActivityAt
  }
`);

export const CandidateQuery = graphql(`
  query Candidate($id: ID!, $withDocuments: Boolean!, $withBodies: Boolean!, $withShares: Boolean!) {
    candidate(id: $id) {
      id
      ...CandidateProfile
      documents @include(if: $withDocuments) {
        id
        version
        fileName
        contentType
        byteSize
        uploadedAt
        downloadUrl
      }
      consents {
        purpose
        caseId
        granted
        since
      }
      shares @include(if: $withShares) {
        id
        recipient
        sharedAt
        documentVersion
        case {
          id
          reference
          title
        }
        sharedBy {
          id
          fullName
        }
      }
      callNoteCount
      callNotes(first: 20) {
        id
        ...CallNoteItem
        case {
          id
          reference
          title
        }
      }
    }
  }
`);

export const CandidateOptionsQuery = graphql(`
  query CandidateOptions($search: String) {
    candidates(first: 10, filter: { search: $search }, sort: name_asc) {
      nodes {
        id
        fullName
        email
      }
    }
  }
`);

export const CreateCandidateMutation = graphql(`
  mutation CreateCandidate($input: CreateCandidateInput!) {
    createCandidate(input: $input) {
      id
      ...CandidateProfile
    }
  }
`);

export const UpdateCandidateMutation = graphql(`
  mutation UpdateCandidate($id: ID!, $input: UpdateCandidateInput!) {
    updateCandidate(id: $id, input: $input) {
      id
      ...CandidateProfile
    }
  }
`);

export const UploadCandidateDocumentMutation = graphql(`
  mutation UploadCandidateDocument($input: UploadCandidateDocumentInput!) {
    uploadCandidateDocument(input: $input) {
      id
      version
      fileName
      contentType
      byteSize
      uploadedAt
      downloadUrl
    }
  }
`);

export const ShareCandidateMutation = graphql(`
  mutation ShareCandidate($input: ShareCandidateInput!) {
    shareCandidate(input: $input) {
      id
    }
  }
`);
