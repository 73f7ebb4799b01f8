import { graphql } from '../../gql';

/** Figures and lists from the areas that are finished; each area adds its own part of `overview`. */
export const OverviewQuery = graphql(`
  query Overview($withdrawnSince: DateTime!) {
    overview {
      generatedAt
      counts {
        candidates
        openCases
        subscribers
        processors
        processorsWithoutSignedAgreement
      }
      consentActivity(months: 12) {
        month
        granted
        withdrawn
      }
    }
    agreementsDueForReview(withinDays: 30) {
      id
      kind
      status
      reviewDueOn
      processor {
        id
        name
      }
    }
    processorsWithoutSignedAgreement {
      id
      name
    }
    recentConsentEvents(action: withdrawn, from: $withdrawnSince, first: 8) {
      nodes {
        id
        ...ConsentEventFields
      }
      totalCount
    }
  }
`);

/** Deadlines and due work from requests, retention and internal control. */
export const OverviewWorkQuery = graphql(`
  query OverviewWork {
    overview {
      overdueRequests {
        id
        kind
        dueOn
        daysLeft
      }
      requestsDueSoon(withinDays: 7) {
        id
        kind
        dueOn
        daysLeft
      }
      retentionDue {
        category
        due
      }
      overdueComplianceTasks
    }
  }
`);
