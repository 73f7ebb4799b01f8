import { graphql } from '../../gql';

export const ProcessorsQuery = graphql(`
  query Processors($search: String, $role: ProcessorRole, $after: String) {
    processors(search: $search, role: $role, first: 25, after: $after) {
      nodes {
        id
        name
        role
        dataLocation
        countries
        hasPersonalDataAccess
        hasSignedAgreement
        agreements {
          id
          status
          reviewDueOn
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

export const AgreementFieldsFragment = graphql(`
  fragment AgreementFields on ProcessorAgreement {
    id
    kind
    status
    signedOn
    reviewDueOn
    reviewDue
    clauses
    missingClauses
    notes
    documentName
    documentContentType
    documentByteSize
    documentDownloadUrl
    updatedAt
  }
`);

export const ProcessorFieldsFragment = graphql(`
  fragment ProcessorFields on Processor {
    id
    name
    organisationNumber
    role
    parentProcessor {
      id
      name
    }
    serviceDescription
    dataCategories
    dataSubjectCategories
    hasPersonalDataAccess
    dataLocation
    countries
    transferBasis
    website
    listedInPrivacyStatement
    optOutUrl
    hasSignedAgreement
  }
`);

export const ProcessorQuery = graphql(`
  query Processor($id: ID!) {
    processor(id: $id) {
      id
      ...ProcessorFields
      agreements {
        id
        ...AgreementFields
      }
    }
  }
`);

export const ProcessorOptionsQuery = graphql(`
  query ProcessorOptions {
    processors(first: 100) {
      nodes {
        id
        name
        role
      }
    }
  }
`);

export const CreateProcessorMutation = graphql(`
  mutation CreateProcessor($input: CreateProcessorInput!) {
    createProcessor(input: $input) {
      id
      ...ProcessorFields
    }
  }
`);

export const UpdateProcessorMutation = graphql(`
  mutation UpdateProcessor($id: ID!, $input: UpdateProcessorInput!) {
    updateProcessor(id: $id, input: $input) {
      id
      ...ProcessorFields
    }
  }
`);

export const DeleteProcessorMutation = graphql(`
  mutation DeleteProcessor($id: ID!) {
    deleteProcessor(id: $id)
  }
`);

export const CreateAgreementMutation = graphql(`
  mutation CreateAgreement($input: CreateAgreementInput!) {
    createAgreement(input: $input) {
      id
      ...AgreementFields
    }
  }
`);

export const UpdateAgreementMutation = graphql(`
  mutation UpdateAgreement($id: ID!, $input: UpdateAgreementInput!) {
    updateAgreement(id: $id, input: $input) {
      id
      ...AgreementFields
    }
  }
`);
