/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuditLog($filter: AuditLogFilter, $after: String) {\n    auditLog(filter: $filter, first: 25, after: $after) {\n      nodes {\n        id\n        seq\n        occurredAt\n        actor {\n          id\n          fullName\n        }\n        actorRole\n        action\n        entityType\n        entityId\n        subjectPseudonym\n        detailsJson\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditChainStatus {\n    auditChainStatus {\n      ok\n      entries\n      brokenSeq\n      reason\n    }\n  }\n": typeof types.AuditChainStatusDocument,
    "\n  query AuditActors {\n    users(includeDisabled: true) {\n      id\n      fullName\n      role\n    }\n  }\n": typeof types.AuditActorsDocument,
    "\n  fragment SessionUser on User {\n    id\n    fullName\n    email\n    title\n    role\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionUser\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation Reauthenticate($password: String!) {\n    reauthenticate(password: $password)\n  }\n": typeof types.ReauthenticateDocument,
    "\n  fragment CandidateRow on Candidate {\n    id\n    fullName\n    email\n    phone\n    location\n    status\n    source\n    lastActivityAt\n  }\n": typeof types.CandidateRowFragmentDoc,
    "\n  query Candidates($first: Int!, $after: String, $filter: CandidateFilter, $sort: CandidateSort) {\n    candidates(first: $first, after: $after, filter: $filter, sort: $sort) {\n      nodes {\n        id\n        ...CandidateRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.CandidatesDocument,
    "\n  fragment CandidateProfile on Candidate {\n    id\n    fullName\n    email\n    phone\n    location\n    summary\n    skills\n    status\n    source\n    createdAt\n    updatedAt\n    lastActivityAt\n  }\n": typeof types.CandidateProfileFragmentDoc,
    "\n  query Candidate($id: ID!, $withDocuments: Boolean!, $withBodies: Boolean!, $withShares: Boolean!) {\n    candidate(id: $id) {\n      id\n      ...CandidateProfile\n      documents @include(if: $withDocuments) {\n        id\n        version\n        fileName\n        contentType\n        byteSize\n        uploadedAt\n        downloadUrl\n      }\n      consents {\n        purpose\n        caseId\n        granted\n        since\n      }\n      shares @include(if: $withShares) {\n        id\n        recipient\n        sharedAt\n        documentVersion\n        case {\n          id\n          reference\n          title\n        }\n        sharedBy {\n          id\n          fullName\n        }\n      }\n      callNoteCount\n      callNotes(first: 20) {\n        id\n        ...CallNoteItem\n        case {\n          id\n          reference\n          title\n        }\n      }\n    }\n  }\n": typeof types.CandidateDocument,
    "\n  query CandidateOptions($search: String) {\n    candidates(first: 10, filter: { search: $search }, sort: name_asc) {\n      nodes {\n        id\n        fullName\n        email\n      }\n    }\n  }\n": typeof types.CandidateOptionsDocument,
    "\n  mutation CreateCandidate($input: CreateCandidateInput!) {\n    createCandidate(input: $input) {\n      id\n      ...CandidateProfile\n    }\n  }\n": typeof types.CreateCandidateDocument,
    "\n  mutation UpdateCandidate($id: ID!, $input: UpdateCandidateInput!) {\n    updateCandidate(id: $id, input: $input) {\n      id\n      ...CandidateProfile\n    }\n  }\n": typeof types.UpdateCandidateDocument,
    "\n  mutation UploadCandidateDocument($input: UploadCandidateDocumentInput!) {\n    uploadCandidateDocument(input: $input) {\n      id\n      version\n      fileName\n      contentType\n      byteSize\n      uploadedAt\n      downloadUrl\n    }\n  }\n": typeof types.UploadCandidateDocumentDocument,
    "\n  mutation ShareCandidate($input: ShareCandidateInput!) {\n    shareCandidate(input: $input) {\n      id\n    }\n  }\n": typeof types.ShareCandidateDocument,
    "\n  query Cases($status: CaseStatus, $search: String, $first: Int!, $after: String) {\n    cases(status: $status, search: $search, first: $first, after: $after) {\n      nodes {\n        id\n        reference\n        title\n        clientName\n        status\n        openedAt\n        closedAt\n        callNoteCount\n        responsiblePartner {\n          id\n          fullName\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.CasesDocument,
    "\n  fragment CallNoteItem on CallNote {\n    id\n    occurredAt\n    direction\n    otherPartyName\n    otherPartyPhone\n    candidateId\n    body @include(if: $withBodies)\n    createdAt\n    author {\n      id\n      fullName\n    }\n  }\n": typeof types.CallNoteItemFragmentDoc,
    "\n  query Case($id: ID!, $withBodies: Boolean!, $notesAfter: String) {\n    case(id: $id) {\n      id\n      reference\n      title\n      clientName\n      status\n      openedAt\n      closedAt\n      responsiblePartner {\n        id\n        fullName\n      }\n      members {\n        id\n        fullName\n        title\n        role\n      }\n      callNoteCount\n      callNotes(first: 20, after: $notesAfter) {\n        nodes {\n          id\n          ...CallNoteItem\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        totalCount\n      }\n    }\n  }\n": typeof types.CaseDocument,
    "\n  query SearchCases($text: String!) {\n    searchCases(text: $text, first: 10) {\n      id\n      reference\n      title\n      clientName\n      status\n    }\n  }\n": typeof types.SearchCasesDocument,
    "\n  query Users {\n    users {\n      id\n      fullName\n      title\n      role\n      status\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n      reference\n    }\n  }\n": typeof types.OpenCaseDocument,
    "\n  mutation CloseCase($id: ID!) {\n    closeCase(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n": typeof types.CloseCaseDocument,
    "\n  mutation ReopenCase($id: ID!) {\n    reopenCase(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n": typeof types.ReopenCaseDocument,
    "\n  mutation AddCaseMember($caseId: ID!, $userId: ID!) {\n    addCaseMember(caseId: $caseId, userId: $userId) {\n      id\n      members {\n        id\n        fullName\n        title\n        role\n      }\n    }\n  }\n": typeof types.AddCaseMemberDocument,
    "\n  mutation RemoveCaseMember($caseId: ID!, $userId: ID!) {\n    removeCaseMember(caseId: $caseId, userId: $userId) {\n      id\n      members {\n        id\n        fullName\n        title\n        role\n      }\n    }\n  }\n": typeof types.RemoveCaseMemberDocument,
    "\n  mutation LogCallNote($input: LogCallNoteInput!) {\n    logCallNote(input: $input) {\n      id\n      occurredAt\n      direction\n      otherPartyName\n      otherPartyPhone\n      candidateId\n      body\n      createdAt\n      author {\n        id\n        fullName\n      }\n      case {\n        id\n        reference\n        title\n      }\n    }\n  }\n": typeof types.LogCallNoteDocument,
    "\n  query ComplianceTasks($filter: ComplianceTaskFilter, $after: String) {\n    complianceTasks(filter: $filter, first: 25, after: $after) {\n      nodes {\n        id\n        kind\n        dueOn\n        overdue\n        user {\n          id\n          fullName\n        }\n        agreement {\n          id\n          kind\n          processor {\n            id\n            name\n          }\n        }\n        checklist {\n          key\n          label\n          done\n          automatic\n        }\n        notes\n        attestedBy {\n          id\n          fullName\n        }\n        attestedAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.ComplianceTasksDocument,
    "\n  mutation AttestComplianceTask($id: ID!, $notes: String, $checklist: [ComplianceChecklistInput!]) {\n    attestComplianceTask(id: $id, notes: $notes, checklist: $checklist) {\n      id\n      notes\n      attestedAt\n      attestedBy {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.AttestComplianceTaskDocument,
    "\n  query DepartureCandidates {\n    users {\n      id\n      fullName\n      title\n      role\n      status\n    }\n  }\n": typeof types.DepartureCandidatesDocument,
    "\n  mutation MarkUserDeparted($userId: ID!, $departedOn: Date!) {\n    markUserDeparted(userId: $userId, departedOn: $departedOn) {\n      id\n      status\n    }\n  }\n": typeof types.MarkUserDepartedDocument,
    "\n  fragment ConsentEventFields on ConsentEvent {\n    id\n    subjectType\n    candidateId\n    subscriberId\n    personEmail\n    personName\n    purpose\n    caseId\n    action\n    occurredAt\n    recordedAt\n    method\n    evidenceForm\n    evidenceStatementVersion\n    evidenceIpAnonymised\n    evidenceNote\n    recordedById\n  }\n": typeof types.ConsentEventFieldsFragmentDoc,
    "\n  query ConsentHistory($subject: ConsentSubjectInput!, $purpose: ConsentPurpose, $action: ConsentAction, $from: DateTime, $to: DateTime, $after: String) {\n    consentHistory(subject: $subject, purpose: $purpose, action: $action, from: $from, to: $to, first: 25, after: $after) {\n      nodes {\n        id\n        ...ConsentEventFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.ConsentHistoryDocument,
    "\n  query CurrentConsents($subject: ConsentSubjectInput!) {\n    currentConsents(subject: $subject) {\n      purpose\n      caseId\n      granted\n      since\n    }\n  }\n": typeof types.CurrentConsentsDocument,
    "\n  query ConsentAsOf($subject: ConsentSubjectInput!, $purpose: ConsentPurpose!, $caseId: ID, $at: DateTime!) {\n    consentAsOf(subject: $subject, purpose: $purpose, caseId: $caseId, at: $at) {\n      purpose\n      caseId\n      granted\n      since\n    }\n  }\n": typeof types.ConsentAsOfDocument,
    "\n  query RecentConsentEvents($action: ConsentAction, $purpose: ConsentPurpose, $from: DateTime, $to: DateTime, $after: String) {\n    recentConsentEvents(action: $action, purpose: $purpose, from: $from, to: $to, first: 25, after: $after) {\n      nodes {\n        id\n        ...ConsentEventFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.RecentConsentEventsDocument,
    "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n      ...ConsentEventFields\n    }\n  }\n": typeof types.RecordConsentDocument,
    "\n  query ConsentLookups {\n    users {\n      id\n      fullName\n    }\n    searchCases(text: \"\", first: 50) {\n      id\n      reference\n      title\n    }\n  }\n": typeof types.ConsentLookupsDocument,
    "\n  query Subscribers($search: String, $status: SubscriberStatus, $after: String) {\n    subscribers(search: $search, status: $status, first: 25, after: $after) {\n      nodes {\n        id\n        email\n        status\n        source\n        createdAt\n        confirmedAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.SubscribersDocument,
    "\n  mutation AddSubscriber($input: AddSubscriberInput!) {\n    addSubscriber(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.AddSubscriberDocument,
    "\n  mutation RemoveSubscriber($id: ID!) {\n    removeSubscriber(id: $id)\n  }\n": typeof types.RemoveSubscriberDocument,
    "\n  query Outbox($after: String) {\n    outbox(first: 25, after: $after) {\n      nodes {\n        id\n        kind\n        to\n        subject\n        text\n        createdAt\n        sentAt\n        attempts\n        lastErrorCode\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.OutboxDocument,
    "\n  query Overview($withdrawnSince: DateTime!) {\n    overview {\n      generatedAt\n      counts {\n        candidates\n        openCases\n        subscribers\n        processors\n        processorsWithoutSignedAgreement\n      }\n      consentActivity(months: 12) {\n        month\n        granted\n        withdrawn\n      }\n    }\n    agreementsDueForReview(withinDays: 30) {\n      id\n      kind\n      status\n      reviewDueOn\n      processor {\n        id\n        name\n      }\n    }\n    processorsWithoutSignedAgreement {\n      id\n      name\n    }\n    recentConsentEvents(action: withdrawn, from: $withdrawnSince, first: 8) {\n      nodes {\n        id\n        ...ConsentEventFields\n      }\n      totalCount\n    }\n  }\n": typeof types.OverviewDocument,
    "\n  query OverviewWork {\n    overview {\n      overdueRequests {\n        id\n        kind\n        dueOn\n        daysLeft\n      }\n      requestsDueSoon(withinDays: 7) {\n        id\n        kind\n        dueOn\n        daysLeft\n      }\n      retentionDue {\n        category\n        due\n      }\n      overdueComplianceTasks\n    }\n  }\n": typeof types.OverviewWorkDocument,
    "\n  query FindPerson($query: String!) {\n    findPerson(query: $query) {\n      area\n      recordId\n      label\n      matchedBy\n      candidateId\n      subscriberId\n      caseId\n    }\n  }\n": typeof types.FindPersonDocument,
    "\n  query SubjectExportSummary($subject: SubjectInput!) {\n    subjectExportSummary(subject: $subject) {\n      candidateId\n      subscriberId\n      displayName\n      total\n      htmlUrl\n      jsonUrl\n      counts {\n        candidate\n        documents\n        consentEvents\n        shares\n        newsletter\n        callNotes\n        inquiries\n        requests\n        selfServiceLinks\n        emails\n        auditEntries\n      }\n    }\n  }\n": typeof types.SubjectExportSummaryDocument,
    "\n  fragment ErasureCountsFields on ErasureCounts {\n    candidate\n    documents\n    shares\n    selfServiceTokens\n    consentEvents\n    subscriber\n    inquiries\n    emails\n    idempotencyRecords\n    callNotesRedacted\n    requestsRedacted\n    requestCommentsRedacted\n  }\n": typeof types.ErasureCountsFieldsFragmentDoc,
    "\n  fragment CvRecipientFields on CvRecipient {\n    recipient\n    caseReference\n    caseTitle\n    sharedAt\n  }\n": typeof types.CvRecipientFieldsFragmentDoc,
    "\n  query ErasureImpact($subject: SubjectInput!) {\n    erasureImpact(subject: $subject) {\n      candidateId\n      subscriberId\n      auditEntriesKept\n      counts {\n        ...ErasureCountsFields\n      }\n      recipientsToNotify {\n        ...CvRecipientFields\n      }\n    }\n  }\n": typeof types.ErasureImpactDocument,
    "\n  mutation EraseDataSubject($subject: SubjectInput!, $requestId: ID, $confirm: Boolean!) {\n    eraseDataSubject(subject: $subject, requestId: $requestId, confirm: $confirm) {\n      tombstoneId\n      erasedAt\n      counts {\n        ...ErasureCountsFields\n      }\n      recipientsToNotify {\n        ...CvRecipientFields\n      }\n    }\n  }\n": typeof types.EraseDataSubjectDocument,
    "\n  query Processors($search: String, $role: ProcessorRole, $after: String) {\n    processors(search: $search, role: $role, first: 25, after: $after) {\n      nodes {\n        id\n        name\n        role\n        dataLocation\n        countries\n        hasPersonalDataAccess\n        hasSignedAgreement\n        agreements {\n          id\n          status\n          reviewDueOn\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.ProcessorsDocument,
    "\n  fragment AgreementFields on ProcessorAgreement {\n    id\n    kind\n    status\n    signedOn\n    reviewDueOn\n    reviewDue\n    clauses\n    missingClauses\n    notes\n    documentName\n    documentContentType\n    documentByteSize\n    documentDownloadUrl\n    updatedAt\n  }\n": typeof types.AgreementFieldsFragmentDoc,
    "\n  fragment ProcessorFields on Processor {\n    id\n    name\n    organisationNumber\n    role\n    parentProcessor {\n      id\n      name\n    }\n    serviceDescription\n    dataCategories\n    dataSubjectCategories\n    hasPersonalDataAccess\n    dataLocation\n    countries\n    transferBasis\n    website\n    listedInPrivacyStatement\n    optOutUrl\n    hasSignedAgreement\n  }\n": typeof types.ProcessorFieldsFragmentDoc,
    "\n  query Processor($id: ID!) {\n    processor(id: $id) {\n      id\n      ...ProcessorFields\n      agreements {\n        id\n        ...AgreementFields\n      }\n    }\n  }\n": typeof types.ProcessorDocument,
    "\n  query ProcessorOptions {\n    processors(first: 100) {\n      nodes {\n        id\n        name\n        role\n      }\n    }\n  }\n": typeof types.ProcessorOptionsDocument,
    "\n  mutation CreateProcessor($input: CreateProcessorInput!) {\n    createProcessor(input: $input) {\n      id\n      ...ProcessorFields\n    }\n  }\n": typeof types.CreateProcessorDocument,
    "\n  mutation UpdateProcessor($id: ID!, $input: UpdateProcessorInput!) {\n    updateProcessor(id: $id, input: $input) {\n      id\n      ...ProcessorFields\n    }\n  }\n": typeof types.UpdateProcessorDocument,
    "\n  mutation DeleteProcessor($id: ID!) {\n    deleteProcessor(id: $id)\n  }\n": typeof types.DeleteProcessorDocument,
    "\n  mutation CreateAgreement($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      id\n      ...AgreementFields\n    }\n  }\n": typeof types.CreateAgreementDocument,
    "\n  mutation UpdateAgreement($id: ID!, $input: UpdateAgreementInput!) {\n    updateAgreement(id: $id, input: $input) {\n      id\n      ...AgreementFields\n    }\n  }\n": typeof types.UpdateAgreementDocument,
    "\n  fragment ProcessingActivityFields on ProcessingActivity {\n    id\n    name\n    purpose\n    legalBasis\n    legalBasisDetail\n    dataSubjectCategories\n    dataCategories\n    recipients\n    thirdCountryTransfers\n    securityMeasures\n    retentionRule {\n      id\n      category\n      description\n      durationMonths\n      countsFrom\n      action\n      enabled\n    }\n    processors {\n      id\n      name\n    }\n    updatedAt\n  }\n": typeof types.ProcessingActivityFieldsFragmentDoc,
    "\n  query ProcessingActivities {\n    processingActivities {\n      id\n      ...ProcessingActivityFields\n    }\n  }\n": typeof types.ProcessingActivitiesDocument,
    "\n  query ActivityOptions {\n    processors(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    retentionRules {\n      id\n      category\n      durationMonths\n      countsFrom\n      action\n      enabled\n    }\n  }\n": typeof types.ActivityOptionsDocument,
    "\n  mutation CreateProcessingActivity($input: CreateProcessingActivityInput!) {\n    createProcessingActivity(input: $input) {\n      id\n      ...ProcessingActivityFields\n    }\n  }\n": typeof types.CreateProcessingActivityDocument,
    "\n  mutation UpdateProcessingActivity($id: ID!, $input: UpdateProcessingActivityInput!) {\n    updateProcessingActivity(id: $id, input: $input) {\n      id\n      ...ProcessingActivityFields\n    }\n  }\n": typeof types.UpdateProcessingActivityDocument,
    "\n  query PrivacyStatementLists {\n    privacyStatementLists {\n      html\n      markdown\n    }\n  }\n": typeof types.PrivacyStatementListsDocument,
    "\n  query DataSubjectRequests($status: RequestStatus, $kind: RequestKind, $after: String) {\n    dataSubjectRequests(status: $status, kind: $kind, first: 25, after: $after) {\n      nodes {\n        id\n        kind\n        requesterName\n        receivedOn\n        dueOn\n        daysLeft\n        paused\n        status\n        handler {\n          id\n          fullName\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.DataSubjectRequestsDocument,
    "\n  fragment RequestFields on DataSubjectRequest {\n    id\n    kind\n    requesterName\n    requesterEmail\n    requesterPhone\n    candidateId\n    receivedOn\n    dueOn\n    baseDueOn\n    extendedDueOn\n    extensionReason\n    identityRequestedAt\n    identityVerifiedAt\n    pausedDays\n    paused\n    daysLeft\n    overdue\n    status\n    refusalReason\n    resolution\n    handler {\n      id\n      fullName\n    }\n    completedAt\n    createdAt\n  }\n": typeof types.RequestFieldsFragmentDoc,
    "\n  query DataSubjectRequest($id: ID!) {\n    dataSubjectRequest(id: $id) {\n      id\n      ...RequestFields\n      comments {\n        id\n        body\n        author {\n          id\n          fullName\n        }\n        createdAt\n      }\n    }\n  }\n": typeof types.DataSubjectRequestDocument,
    "\n  query RequestHandlers {\n    users {\n      id\n      fullName\n      title\n      role\n      status\n    }\n  }\n": typeof types.RequestHandlersDocument,
    "\n  mutation RegisterRequest($input: RegisterRequestInput!) {\n    registerRequest(input: $input) {\n      id\n      ...RequestFields\n    }\n  }\n": typeof types.RegisterRequestDocument,
    "\n  mutation RequestIdentityVerification($id: ID!) {\n    requestIdentityVerification(id: $id) {\n      id\n      ...RequestFields\n    }\n  }\n": typeof types.RequestIdentityVerificationDocument,
    "\n  mutation VerifyIdentity($id: ID!) {\n    verifyIdentity(id: $id) {\n      id\n      ...RequestFields\n    }\n  }\n": typeof types.VerifyIdentityDocument,
    "\n  mutation StartRequestWork($id: ID!) {\n    startRequestWork(id: $id) {\n      id\n      ...RequestFields\n    }\n  }\n": typeof types.StartRequestWorkDocument,
    "\n  mutation ExtendRequestDeadline($id: ID!, $reason: String!) {\n    extendRequestDeadline(id: $id, reason: $reason) {\n      id\n      ...RequestFields\n    }\n  }\n": typeof types.ExtendRequestDeadlineDocument,
    "\n  mutation CompleteRequest($id: ID!, $resolution: String!) {\n    completeRequest(id: $id, resolution: $resolution) {\n      id\n      ...RequestFields\n    }\n  }\n": typeof types.CompleteRequestDocument,
    "\n  mutation RefuseRequest($id: ID!, $reason: String!) {\n    refuseRequest(id: $id, reason: $reason) {\n      id\n      ...RequestFields\n    }\n  }\n": typeof types.RefuseRequestDocument,
    "\n  mutation AssignRequestHandler($id: ID!, $userId: ID!) {\n    assignRequestHandler(id: $id, userId: $userId) {\n      id\n      ...RequestFields\n    }\n  }\n": typeof types.AssignRequestHandlerDocument,
    "\n  mutation AddRequestComment($id: ID!, $body: String!) {\n    addRequestComment(id: $id, body: $body) {\n      id\n    }\n  }\n": typeof types.AddRequestCommentDocument,
    "\n  fragment RetentionRuleFields on RetentionRule {\n    id\n    category\n    description\n    durationMonths\n    countsFrom\n    action\n    legalBasis\n    enabled\n    updatedAt\n    updatedBy {\n      id\n      fullName\n    }\n  }\n": typeof types.RetentionRuleFieldsFragmentDoc,
    "\n  query RetentionRules {\n    retentionRules {\n      id\n      ...RetentionRuleFields\n    }\n  }\n": typeof types.RetentionRulesDocument,
    "\n  mutation UpdateRetentionRule($id: ID!, $input: UpdateRetentionRuleInput!) {\n    updateRetentionRule(id: $id, input: $input) {\n      id\n      ...RetentionRuleFields\n    }\n  }\n": typeof types.UpdateRetentionRuleDocument,
    "\n  fragment RetentionRunSummary on RetentionRun {\n    id\n    mode\n    status\n    startedVia\n    startedAt\n    finishedAt\n    total\n    processed\n    triggeredBy {\n      id\n      fullName\n    }\n  }\n": typeof types.RetentionRunSummaryFragmentDoc,
    "\n  fragment RetentionRunReport on RetentionRun {\n    id\n    asOf\n    failure\n    disabledCategories\n    rules {\n      ruleId\n      category\n      action\n      durationMonths\n      due\n      applied\n      exampleIds\n      warningsDue\n      warned\n      warningsCleared\n      note\n    }\n    housekeeping {\n      task\n      keepHours\n      due\n      applied\n    }\n  }\n": typeof types.RetentionRunReportFragmentDoc,
    "\n  query RetentionRuns($after: String) {\n    retentionRuns(first: 20, after: $after) {\n      nodes {\n        id\n        ...RetentionRunSummary\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.RetentionRunsDocument,
    "\n  query RetentionRun($id: ID!) {\n    retentionRun(id: $id) {\n      id\n      ...RetentionRunSummary\n      ...RetentionRunReport\n    }\n  }\n": typeof types.RetentionRunDocument,
    "\n  mutation RunRetention($dryRun: Boolean!) {\n    runRetention(dryRun: $dryRun) {\n      id\n      ...RetentionRunSummary\n      ...RetentionRunReport\n    }\n  }\n": typeof types.RunRetentionDocument,
};
const documents: Documents = {
    "\n  query AuditLog($filter: AuditLogFilter, $after: String) {\n    auditLog(filter: $filter, first: 25, after: $after) {\n      nodes {\n        id\n        seq\n        occurredAt\n        actor {\n          id\n          fullName\n        }\n        actorRole\n        action\n        entityType\n        entityId\n        subjectPseudonym\n        detailsJson\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditChainStatus {\n    auditChainStatus {\n      ok\n      entries\n      brokenSeq\n      reason\n    }\n  }\n": types.AuditChainStatusDocument,
    "\n  query AuditActors {\n    users(includeDisabled: true) {\n      id\n      fullName\n      role\n    }\n  }\n": types.AuditActorsDocument,
    "\n  fragment SessionUser on User {\n    id\n    fullName\n    email\n    title\n    role\n  }\n": types.SessionUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionUser\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation Reauthenticate($password: String!) {\n    reauthenticate(password: $password)\n  }\n": types.ReauthenticateDocument,
    "\n  fragment CandidateRow on Candidate {\n    id\n    fullName\n    email\n    phone\n    location\n    status\n    source\n    lastActivityAt\n  }\n": types.CandidateRowFragmentDoc,
    "\n  query Candidates($first: Int!, $after: String, $filter: CandidateFilter, $sort: CandidateSort) {\n    candidates(first: $first, after: $after, filter: $filter, sort: $sort) {\n      nodes {\n        id\n        ...CandidateRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.CandidatesDocument,
    "\n  fragment CandidateProfile on Candidate {\n    id\n    fullName\n    email\n    phone\n    location\n    summary\n    skills\n    status\n    source\n    createdAt\n    updatedAt\n    lastActivityAt\n  }\n": types.CandidateProfileFragmentDoc,
    "\n  query Candidate($id: ID!, $withDocuments: Boolean!, $withBodies: Boolean!, $withShares: Boolean!) {\n    candidate(id: $id) {\n      id\n      ...CandidateProfile\n      documents @include(if: $withDocuments) {\n        id\n        version\n        fileName\n        contentType\n        byteSize\n        uploadedAt\n        downloadUrl\n      }\n      consents {\n        purpose\n        caseId\n        granted\n        since\n      }\n      shares @include(if: $withShares) {\n        id\n        recipient\n        sharedAt\n        documentVersion\n        case {\n          id\n          reference\n          title\n        }\n        sharedBy {\n          id\n          fullName\n        }\n      }\n      callNoteCount\n      callNotes(first: 20) {\n        id\n        ...CallNoteItem\n        case {\n          id\n          reference\n          title\n        }\n      }\n    }\n  }\n": types.CandidateDocument,
    "\n  query CandidateOptions($search: String) {\n    candidates(first: 10, filter: { search: $search }, sort: name_asc) {\n      nodes {\n        id\n        fullName\n        email\n      }\n    }\n  }\n": types.CandidateOptionsDocument,
    "\n  mutation CreateCandidate($input: CreateCandidateInput!) {\n    createCandidate(input: $input) {\n      id\n      ...CandidateProfile\n    }\n  }\n": types.CreateCandidateDocument,
    "\n  mutation UpdateCandidate($id: ID!, $input: UpdateCandidateInput!) {\n    updateCandidate(id: $id, input: $input) {\n      id\n      ...CandidateProfile\n    }\n  }\n": types.UpdateCandidateDocument,
    "\n  mutation UploadCandidateDocument($input: UploadCandidateDocumentInput!) {\n    uploadCandidateDocument(input: $input) {\n      id\n      version\n      fileName\n      contentType\n      byteSize\n      uploadedAt\n      downloadUrl\n    }\n  }\n": types.UploadCandidateDocumentDocument,
    "\n  mutation ShareCandidate($input: ShareCandidateInput!) {\n    shareCandidate(input: $input) {\n      id\n    }\n  }\n": types.ShareCandidateDocument,
    "\n  query Cases($status: CaseStatus, $search: String, $first: Int!, $after: String) {\n    cases(status: $status, search: $search, first: $first, after: $after) {\n      nodes {\n        id\n        reference\n        title\n        clientName\n        status\n        openedAt\n        closedAt\n        callNoteCount\n        responsiblePartner {\n          id\n          fullName\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.CasesDocument,
    "\n  fragment CallNoteItem on CallNote {\n    id\n    occurredAt\n    direction\n    otherPartyName\n    otherPartyPhone\n    candidateId\n    body @include(if: $withBodies)\n    createdAt\n    author {\n      id\n      fullName\n    }\n  }\n": types.CallNoteItemFragmentDoc,
    "\n  query Case($id: ID!, $withBodies: Boolean!, $notesAfter: String) {\n    case(id: $id) {\n      id\n      reference\n      title\n      clientName\n      status\n      openedAt\n      closedAt\n      responsiblePartner {\n        id\n        fullName\n      }\n      members {\n        id\n        fullName\n        title\n        role\n      }\n      callNoteCount\n      callNotes(first: 20, after: $notesAfter) {\n        nodes {\n          id\n          ...CallNoteItem\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        totalCount\n      }\n    }\n  }\n": types.CaseDocument,
    "\n  query SearchCases($text: String!) {\n    searchCases(text: $text, first: 10) {\n      id\n      reference\n      title\n      clientName\n      status\n    }\n  }\n": types.SearchCasesDocument,
    "\n  query Users {\n    users {\n      id\n      fullName\n      title\n      role\n      status\n    }\n  }\n": types.UsersDocument,
    "\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n      reference\n    }\n  }\n": types.OpenCaseDocument,
    "\n  mutation CloseCase($id: ID!) {\n    closeCase(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n": types.CloseCaseDocument,
    "\n  mutation ReopenCase($id: ID!) {\n    reopenCase(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n": types.ReopenCaseDocument,
    "\n  mutation AddCaseMember($caseId: ID!, $userId: ID!) {\n    addCaseMember(caseId: $caseId, userId: $userId) {\n      id\n      members {\n        id\n        fullName\n        title\n        role\n      }\n    }\n  }\n": types.AddCaseMemberDocument,
    "\n  mutation RemoveCaseMember($caseId: ID!, $userId: ID!) {\n    removeCaseMember(caseId: $caseId, userId: $userId) {\n      id\n      members {\n        id\n        fullName\n        title\n        role\n      }\n    }\n  }\n": types.RemoveCaseMemberDocument,
    "\n  mutation LogCallNote($input: LogCallNoteInput!) {\n    logCallNote(input: $input) {\n      id\n      occurredAt\n      direction\n      otherPartyName\n      otherPartyPhone\n      candidateId\n      body\n      createdAt\n      author {\n        id\n        fullName\n      }\n      case {\n        id\n        reference\n        title\n      }\n    }\n  }\n": types.LogCallNoteDocument,
    "\n  query ComplianceTasks($filter: ComplianceTaskFilter, $after: String) {\n    complianceTasks(filter: $filter, first: 25, after: $after) {\n      nodes {\n        id\n        kind\n        dueOn\n        overdue\n        user {\n          id\n          fullName\n        }\n        agreement {\n          id\n          kind\n          processor {\n            id\n            name\n          }\n        }\n        checklist {\n          key\n          label\n          done\n          automatic\n        }\n        notes\n        attestedBy {\n          id\n          fullName\n        }\n        attestedAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.ComplianceTasksDocument,
    "\n  mutation AttestComplianceTask($id: ID!, $notes: String, $checklist: [ComplianceChecklistInput!]) {\n    attestComplianceTask(id: $id, notes: $notes, checklist: $checklist) {\n      id\n      notes\n      attestedAt\n      attestedBy {\n        id\n        fullName\n      }\n    }\n  }\n": types.AttestComplianceTaskDocument,
    "\n  query DepartureCandidates {\n    users {\n      id\n      fullName\n      title\n      role\n      status\n    }\n  }\n": types.DepartureCandidatesDocument,
    "\n  mutation MarkUserDeparted($userId: ID!, $departedOn: Date!) {\n    markUserDeparted(userId: $userId, departedOn: $departedOn) {\n      id\n      status\n    }\n  }\n": types.MarkUserDepartedDocument,
    "\n  fragment ConsentEventFields on ConsentEvent {\n    id\n    subjectType\n    candidateId\n    subscriberId\n    personEmail\n    personName\n    purpose\n    caseId\n    action\n    occurredAt\n    recordedAt\n    method\n    evidenceForm\n    evidenceStatementVersion\n    evidenceIpAnonymised\n    evidenceNote\n    recordedById\n  }\n": types.ConsentEventFieldsFragmentDoc,
    "\n  query ConsentHistory($subject: ConsentSubjectInput!, $purpose: ConsentPurpose, $action: ConsentAction, $from: DateTime, $to: DateTime, $after: String) {\n    consentHistory(subject: $subject, purpose: $purpose, action: $action, from: $from, to: $to, first: 25, after: $after) {\n      nodes {\n        id\n        ...ConsentEventFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.ConsentHistoryDocument,
    "\n  query CurrentConsents($subject: ConsentSubjectInput!) {\n    currentConsents(subject: $subject) {\n      purpose\n      caseId\n      granted\n      since\n    }\n  }\n": types.CurrentConsentsDocument,
    "\n  query ConsentAsOf($subject: ConsentSubjectInput!, $purpose: ConsentPurpose!, $caseId: ID, $at: DateTime!) {\n    consentAsOf(subject: $subject, purpose: $purpose, caseId: $caseId, at: $at) {\n      purpose\n      caseId\n      granted\n      since\n    }\n  }\n": types.ConsentAsOfDocument,
    "\n  query RecentConsentEvents($action: ConsentAction, $purpose: ConsentPurpose, $from: DateTime, $to: DateTime, $after: String) {\n    recentConsentEvents(action: $action, purpose: $purpose, from: $from, to: $to, first: 25, after: $after) {\n      nodes {\n        id\n        ...ConsentEventFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.RecentConsentEventsDocument,
    "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n      ...ConsentEventFields\n    }\n  }\n": types.RecordConsentDocument,
    "\n  query ConsentLookups {\n    users {\n      id\n      fullName\n    }\n    searchCases(text: \"\", first: 50) {\n      id\n      reference\n      title\n    }\n  }\n": types.ConsentLookupsDocument,
    "\n  query Subscribers($search: String, $status: SubscriberStatus, $after: String) {\n    subscribers(search: $search, status: $status, first: 25, after: $after) {\n      nodes {\n        id\n        email\n        status\n        source\n        createdAt\n        confirmedAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.SubscribersDocument,
    "\n  mutation AddSubscriber($input: AddSubscriberInput!) {\n    addSubscriber(input: $input) {\n      id\n      email\n    }\n  }\n": types.AddSubscriberDocument,
    "\n  mutation RemoveSubscriber($id: ID!) {\n    removeSubscriber(id: $id)\n  }\n": types.RemoveSubscriberDocument,
    "\n  query Outbox($after: String) {\n    outbox(first: 25, after: $after) {\n      nodes {\n        id\n        kind\n        to\n        subject\n        text\n        createdAt\n        sentAt\n        attempts\n        lastErrorCode\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.OutboxDocument,
    "\n  query Overview($withdrawnSince: DateTime!) {\n    overview {\n      generatedAt\n      counts {\n        candidates\n        openCases\n        subscribers\n        processors\n        processorsWithoutSignedAgreement\n      }\n      consentActivity(months: 12) {\n        month\n        granted\n        withdrawn\n      }\n    }\n    agreementsDueForReview(withinDays: 30) {\n      id\n      kind\n      status\n      reviewDueOn\n      processor {\n        id\n        name\n      }\n    }\n    processorsWithoutSignedAgreement {\n      id\n      name\n    }\n    recentConsentEvents(action: withdrawn, from: $withdrawnSince, first: 8) {\n      nodes {\n        id\n        ...ConsentEventFields\n      }\n      totalCount\n    }\n  }\n": types.OverviewDocument,
    "\n  query OverviewWork {\n    overview {\n      overdueRequests {\n        id\n        kind\n        dueOn\n        daysLeft\n      }\n      requestsDueSoon(withinDays: 7) {\n        id\n        kind\n        dueOn\n        daysLeft\n      }\n      retentionDue {\n        category\n        due\n      }\n      overdueComplianceTasks\n    }\n  }\n": types.OverviewWorkDocument,
    "\n  query FindPerson($query: String!) {\n    findPerson(query: $query) {\n      area\n      recordId\n      label\n      matchedBy\n      candidateId\n      subscriberId\n      caseId\n    }\n  }\n": types.FindPersonDocument,
    "\n  query SubjectExportSummary($subject: SubjectInput!) {\n    subjectExportSummary(subject: $subject) {\n      candidateId\n      subscriberId\n      displayName\n      total\n      htmlUrl\n      jsonUrl\n      counts {\n        candidate\n        documents\n        consentEvents\n        shares\n        newsletter\n        callNotes\n        inquiries\n        requests\n        selfServiceLinks\n        emails\n        auditEntries\n      }\n    }\n  }\n": types.SubjectExportSummaryDocument,
    "\n  fragment ErasureCountsFields on ErasureCounts {\n    candidate\n    documents\n    shares\n    selfServiceTokens\n    consentEvents\n    subscriber\n    inquiries\n    emails\n    idempotencyRecords\n    callNotesRedacted\n    requestsRedacted\n    requestCommentsRedacted\n  }\n": types.ErasureCountsFieldsFragmentDoc,
    "\n  fragment CvRecipientFields on CvRecipient {\n    recipient\n    caseReference\n    caseTitle\n    sharedAt\n  }\n": types.CvRecipientFieldsFragmentDoc,
    "\n  query ErasureImpact($subject: SubjectInput!) {\n    erasureImpact(subject: $subject) {\n      candidateId\n      subscriberId\n      auditEntriesKept\n      counts {\n        ...ErasureCountsFields\n      }\n      recipientsToNotify {\n        ...CvRecipientFields\n      }\n    }\n  }\n": types.ErasureImpactDocument,
    "\n  mutation EraseDataSubject($subject: SubjectInput!, $requestId: ID, $confirm: Boolean!) {\n    eraseDataSubject(subject: $subject, requestId: $requestId, confirm: $confirm) {\n      tombstoneId\n      erasedAt\n      counts {\n        ...ErasureCountsFields\n      }\n      recipientsToNotify {\n        ...CvRecipientFields\n      }\n    }\n  }\n": types.EraseDataSubjectDocument,
    "\n  query Processors($search: String, $role: ProcessorRole, $after: String) {\n    processors(search: $search, role: $role, first: 25, after: $after) {\n      nodes {\n        id\n        name\n        role\n        dataLocation\n        countries\n        hasPersonalDataAccess\n        hasSignedAgreement\n        agreements {\n          id\n          status\n          reviewDueOn\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.ProcessorsDocument,
    "\n  fragment AgreementFields on ProcessorAgreement {\n    id\n    kind\n    status\n    signedOn\n    reviewDueOn\n    reviewDue\n    clauses\n    missingClauses\n    notes\n    documentName\n    documentContentType\n    documentByteSize\n    documentDownloadUrl\n    updatedAt\n  }\n": types.AgreementFieldsFragmentDoc,
    "\n  fragment ProcessorFields on Processor {\n    id\n    name\n    organisationNumber\n    role\n    parentProcessor {\n      id\n      name\n    }\n    serviceDescription\n    dataCategories\n    dataSubjectCategories\n    hasPersonalDataAccess\n    dataLocation\n    countries\n    transferBasis\n    website\n    listedInPrivacyStatement\n    optOutUrl\n    hasSignedAgreement\n  }\n": types.ProcessorFieldsFragmentDoc,
    "\n  query Processor($id: ID!) {\n    processor(id: $id) {\n      id\n      ...ProcessorFields\n      agreements {\n        id\n        ...AgreementFields\n      }\n    }\n  }\n": types.ProcessorDocument,
    "\n  query ProcessorOptions {\n    processors(first: 100) {\n      nodes {\n        id\n        name\n        role\n      }\n    }\n  }\n": types.ProcessorOptionsDocument,
    "\n  mutation CreateProcessor($input: CreateProcessorInput!) {\n    createProcessor(input: $input) {\n      id\n      ...ProcessorFields\n    }\n  }\n": types.CreateProcessorDocument,
    "\n  mutation UpdateProcessor($id: ID!, $input: UpdateProcessorInput!) {\n    updateProcessor(id: $id, input: $input) {\n      id\n      ...ProcessorFields\n    }\n  }\n": types.UpdateProcessorDocument,
    "\n  mutation DeleteProcessor($id: ID!) {\n    deleteProcessor(id: $id)\n  }\n": types.DeleteProcessorDocument,
    "\n  mutation CreateAgreement($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      id\n      ...AgreementFields\n    }\n  }\n": types.CreateAgreementDocument,
    "\n  mutation UpdateAgreement($id: ID!, $input: UpdateAgreementInput!) {\n    updateAgreement(id: $id, input: $input) {\n      id\n      ...AgreementFields\n    }\n  }\n": types.UpdateAgreementDocument,
    "\n  fragment ProcessingActivityFields on ProcessingActivity {\n    id\n    name\n    purpose\n    legalBasis\n    legalBasisDetail\n    dataSubjectCategories\n    dataCategories\n    recipients\n    thirdCountryTransfers\n    securityMeasures\n    retentionRule {\n      id\n      category\n      description\n      durationMonths\n      countsFrom\n      action\n      enabled\n    }\n    processors {\n      id\n      name\n    }\n    updatedAt\n  }\n": types.ProcessingActivityFieldsFragmentDoc,
    "\n  query ProcessingActivities {\n    processingActivities {\n      id\n      ...ProcessingActivityFields\n    }\n  }\n": types.ProcessingActivitiesDocument,
    "\n  query ActivityOptions {\n    processors(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    retentionRules {\n      id\n      category\n      durationMonths\n      countsFrom\n      action\n      enabled\n    }\n  }\n": types.ActivityOptionsDocument,
    "\n  mutation CreateProcessingActivity($input: CreateProcessingActivityInput!) {\n    createProcessingActivity(input: $input) {\n      id\n      ...ProcessingActivityFields\n    }\n  }\n": types.CreateProcessingActivityDocument,
    "\n  mutation UpdateProcessingActivity($id: ID!, $input: UpdateProcessingActivityInput!) {\n    updateProcessingActivity(id: $id, input: $input) {\n      id\n      ...ProcessingActivityFields\n    }\n  }\n": types.UpdateProcessingActivityDocument,
    "\n  query PrivacyStatementLists {\n    privacyStatementLists {\n      html\n      markdown\n    }\n  }\n": types.PrivacyStatementListsDocument,
    "\n  query DataSubjectRequests($status: RequestStatus, $kind: RequestKind, $after: String) {\n    dataSubjectRequests(status: $status, kind: $kind, first: 25, after: $after) {\n      nodes {\n        id\n        kind\n        requesterName\n        receivedOn\n        dueOn\n        daysLeft\n        paused\n        status\n        handler {\n          id\n          fullName\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.DataSubjectRequestsDocument,
    "\n  fragment RequestFields on DataSubjectRequest {\n    id\n    kind\n    requesterName\n    requesterEmail\n    requesterPhone\n    candidateId\n    receivedOn\n    dueOn\n    baseDueOn\n    extendedDueOn\n    extensionReason\n    identityRequestedAt\n    identityVerifiedAt\n    pausedDays\n    paused\n    daysLeft\n    overdue\n    status\n    refusalReason\n    resolution\n    handler {\n      id\n      fullName\n    }\n    completedAt\n    createdAt\n  }\n": types.RequestFieldsFragmentDoc,
    "\n  query DataSubjectRequest($id: ID!) {\n    dataSubjectRequest(id: $id) {\n      id\n      ...RequestFields\n      comments {\n        id\n        body\n        author {\n          id\n          fullName\n        }\n        createdAt\n      }\n    }\n  }\n": types.DataSubjectRequestDocument,
    "\n  query RequestHandlers {\n    users {\n      id\n      fullName\n      title\n      role\n      status\n    }\n  }\n": types.RequestHandlersDocument,
    "\n  mutation RegisterRequest($input: RegisterRequestInput!) {\n    registerRequest(input: $input) {\n      id\n      ...RequestFields\n    }\n  }\n": types.RegisterRequestDocument,
    "\n  mutation RequestIdentityVerification($id: ID!) {\n    requestIdentityVerification(id: $id) {\n      id\n      ...RequestFields\n    }\n  }\n": types.RequestIdentityVerificationDocument,
    "\n  mutation VerifyIdentity($id: ID!) {\n    verifyIdentity(id: $id) {\n      id\n      ...RequestFields\n    }\n  }\n": types.VerifyIdentityDocument,
    "\n  mutation StartRequestWork($id: ID!) {\n    startRequestWork(id: $id) {\n      id\n      ...RequestFields\n    }\n  }\n": types.StartRequestWorkDocument,
    "\n  mutation ExtendRequestDeadline($id: ID!, $reason: String!) {\n    extendRequestDeadline(id: $id, reason: $reason) {\n      id\n      ...RequestFields\n    }\n  }\n": types.ExtendRequestDeadlineDocument,
    "\n  mutation CompleteRequest($id: ID!, $resolution: String!) {\n    completeRequest(id: $id, resolution: $resolution) {\n      id\n      ...RequestFields\n    }\n  }\n": types.CompleteRequestDocument,
    "\n  mutation RefuseRequest($id: ID!, $reason: String!) {\n    refuseRequest(id: $id, reason: $reason) {\n      id\n      ...RequestFields\n    }\n  }\n": types.RefuseRequestDocument,
    "\n  mutation AssignRequestHandler($id: ID!, $userId: ID!) {\n    assignRequestHandler(id: $id, userId: $userId) {\n      id\n      ...RequestFields\n    }\n  }\n": types.AssignRequestHandlerDocument,
    "\n  mutation AddRequestComment($id: ID!, $body: String!) {\n    addRequestComment(id: $id, body: $body) {\n      id\n    }\n  }\n": types.AddRequestCommentDocument,
    "\n  fragment RetentionRuleFields on RetentionRule {\n    id\n    category\n    description\n    durationMonths\n    countsFrom\n    action\n    legalBasis\n    enabled\n    updatedAt\n    updatedBy {\n      id\n      fullName\n    }\n  }\n": types.RetentionRuleFieldsFragmentDoc,
    "\n  query RetentionRules {\n    retentionRules {\n      id\n      ...RetentionRuleFields\n    }\n  }\n": types.RetentionRulesDocument,
    "\n  mutation UpdateRetentionRule($id: ID!, $input: UpdateRetentionRuleInput!) {\n    updateRetentionRule(id: $id, input: $input) {\n      id\n      ...RetentionRuleFields\n    }\n  }\n": types.UpdateRetentionRuleDocument,
    "\n  fragment RetentionRunSummary on RetentionRun {\n    id\n    mode\n    status\n    startedVia\n    startedAt\n    finishedAt\n    total\n    processed\n    triggeredBy {\n      id\n      fullName\n    }\n  }\n": types.RetentionRunSummaryFragmentDoc,
    "\n  fragment RetentionRunReport on RetentionRun {\n    id\n    asOf\n    failure\n    disabledCategories\n    rules {\n      ruleId\n      category\n      action\n      durationMonths\n      due\n      applied\n      exampleIds\n      warningsDue\n      warned\n      warningsCleared\n      note\n    }\n    housekeeping {\n      task\n      keepHours\n      due\n      applied\n    }\n  }\n": types.RetentionRunReportFragmentDoc,
    "\n  query RetentionRuns($after: String) {\n    retentionRuns(first: 20, after: $after) {\n      nodes {\n        id\n        ...RetentionRunSummary\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.RetentionRunsDocument,
    "\n  query RetentionRun($id: ID!) {\n    retentionRun(id: $id) {\n      id\n      ...RetentionRunSummary\n      ...RetentionRunReport\n    }\n  }\n": types.RetentionRunDocument,
    "\n  mutation RunRetention($dryRun: Boolean!) {\n    runRetention(dryRun: $dryRun) {\n      id\n      ...RetentionRunSummary\n      ...RetentionRunReport\n    }\n  }\n": types.RunRetentionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilter, $after: String) {\n    auditLog(filter: $filter, first: 25, after: $after) {\n      nodes {\n        id\n        seq\n        occurredAt\n        actor {\n          id\n          fullName\n        }\n        actorRole\n        action\n        entityType\n        entityId\n        subjectPseudonym\n        detailsJson\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditLogFilter, $after: String) {\n    auditLog(filter: $filter, first: 25, after: $after) {\n      nodes {\n        id\n        seq\n        occurredAt\n        actor {\n          id\n          fullName\n        }\n        actorRole\n        action\n        entityType\n        entityId\n        subjectPseudonym\n        detailsJson\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditChainStatus {\n    auditChainStatus {\n      ok\n      entries\n      brokenSeq\n      reason\n    }\n  }\n"): (typeof documents)["\n  query AuditChainStatus {\n    auditChainStatus {\n      ok\n      entries\n      brokenSeq\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActors {\n    users(includeDisabled: true) {\n      id\n      fullName\n      role\n    }\n  }\n"): (typeof documents)["\n  query AuditActors {\n    users(includeDisabled: true) {\n      id\n      fullName\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    fullName\n    email\n    title\n    role\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    fullName\n    email\n    title\n    role\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionUser\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Reauthenticate($password: String!) {\n    reauthenticate(password: $password)\n  }\n"): (typeof documents)["\n  mutation Reauthenticate($password: String!) {\n    reauthenticate(password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CandidateRow on Candidate {\n    id\n    fullName\n    email\n    phone\n    location\n    status\n    source\n    lastActivityAt\n  }\n"): (typeof documents)["\n  fragment CandidateRow on Candidate {\n    id\n    fullName\n    email\n    phone\n    location\n    status\n    source\n    lastActivityAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Candidates($first: Int!, $after: String, $filter: CandidateFilter, $sort: CandidateSort) {\n    candidates(first: $first, after: $after, filter: $filter, sort: $sort) {\n      nodes {\n        id\n        ...CandidateRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Candidates($first: Int!, $after: String, $filter: CandidateFilter, $sort: CandidateSort) {\n    candidates(first: $first, after: $after, filter: $filter, sort: $sort) {\n      nodes {\n        id\n        ...CandidateRow\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CandidateProfile on Candidate {\n    id\n    fullName\n    email\n    phone\n    location\n    summary\n    skills\n    status\n    source\n    createdAt\n    updatedAt\n    lastActivityAt\n  }\n"): (typeof documents)["\n  fragment CandidateProfile on Candidate {\n    id\n    fullName\n    email\n    phone\n    location\n    summary\n    skills\n    status\n    source\n    createdAt\n    updatedAt\n    lastActivityAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Candidate($id: ID!, $withDocuments: Boolean!, $withBodies: Boolean!, $withShares: Boolean!) {\n    candidate(id: $id) {\n      id\n      ...CandidateProfile\n      documents @include(if: $withDocuments) {\n        id\n        version\n        fileName\n        contentType\n        byteSize\n        uploadedAt\n        downloadUrl\n      }\n      consents {\n        purpose\n        caseId\n        granted\n        since\n      }\n      shares @include(if: $withShares) {\n        id\n        recipient\n        sharedAt\n        documentVersion\n        case {\n          id\n          reference\n          title\n        }\n        sharedBy {\n          id\n          fullName\n        }\n      }\n      callNoteCount\n      callNotes(first: 20) {\n        id\n        ...CallNoteItem\n        case {\n          id\n          reference\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Candidate($id: ID!, $withDocuments: Boolean!, $withBodies: Boolean!, $withShares: Boolean!) {\n    candidate(id: $id) {\n      id\n      ...CandidateProfile\n      documents @include(if: $withDocuments) {\n        id\n        version\n        fileName\n        contentType\n        byteSize\n        uploadedAt\n        downloadUrl\n      }\n      consents {\n        purpose\n        caseId\n        granted\n        since\n      }\n      shares @include(if: $withShares) {\n        id\n        recipient\n        sharedAt\n        documentVersion\n        case {\n          id\n          reference\n          title\n        }\n        sharedBy {\n          id\n          fullName\n        }\n      }\n      callNoteCount\n      callNotes(first: 20) {\n        id\n        ...CallNoteItem\n        case {\n          id\n          reference\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidateOptions($search: String) {\n    candidates(first: 10, filter: { search: $search }, sort: name_asc) {\n      nodes {\n        id\n        fullName\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query CandidateOptions($search: String) {\n    candidates(first: 10, filter: { search: $search }, sort: name_asc) {\n      nodes {\n        id\n        fullName\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCandidate($input: CreateCandidateInput!) {\n    createCandidate(input: $input) {\n      id\n      ...CandidateProfile\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCandidate($input: CreateCandidateInput!) {\n    createCandidate(input: $input) {\n      id\n      ...CandidateProfile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCandidate($id: ID!, $input: UpdateCandidateInput!) {\n    updateCandidate(id: $id, input: $input) {\n      id\n      ...CandidateProfile\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCandidate($id: ID!, $input: UpdateCandidateInput!) {\n    updateCandidate(id: $id, input: $input) {\n      id\n      ...CandidateProfile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadCandidateDocument($input: UploadCandidateDocumentInput!) {\n    uploadCandidateDocument(input: $input) {\n      id\n      version\n      fileName\n      contentType\n      byteSize\n      uploadedAt\n      downloadUrl\n    }\n  }\n"): (typeof documents)["\n  mutation UploadCandidateDocument($input: UploadCandidateDocumentInput!) {\n    uploadCandidateDocument(input: $input) {\n      id\n      version\n      fileName\n      contentType\n      byteSize\n      uploadedAt\n      downloadUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareCandidate($input: ShareCandidateInput!) {\n    shareCandidate(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ShareCandidate($input: ShareCandidateInput!) {\n    shareCandidate(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cases($status: CaseStatus, $search: String, $first: Int!, $after: String) {\n    cases(status: $status, search: $search, first: $first, after: $after) {\n      nodes {\n        id\n        reference\n        title\n        clientName\n        status\n        openedAt\n        closedAt\n        callNoteCount\n        responsiblePartner {\n          id\n          fullName\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Cases($status: CaseStatus, $search: String, $first: Int!, $after: String) {\n    cases(status: $status, search: $search, first: $first, after: $after) {\n      nodes {\n        id\n        reference\n        title\n        clientName\n        status\n        openedAt\n        closedAt\n        callNoteCount\n        responsiblePartner {\n          id\n          fullName\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallNoteItem on CallNote {\n    id\n    occurredAt\n    direction\n    otherPartyName\n    otherPartyPhone\n    candidateId\n    body @include(if: $withBodies)\n    createdAt\n    author {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  fragment CallNoteItem on CallNote {\n    id\n    occurredAt\n    direction\n    otherPartyName\n    otherPartyPhone\n    candidateId\n    body @include(if: $withBodies)\n    createdAt\n    author {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Case($id: ID!, $withBodies: Boolean!, $notesAfter: String) {\n    case(id: $id) {\n      id\n      reference\n      title\n      clientName\n      status\n      openedAt\n      closedAt\n      responsiblePartner {\n        id\n        fullName\n      }\n      members {\n        id\n        fullName\n        title\n        role\n      }\n      callNoteCount\n      callNotes(first: 20, after: $notesAfter) {\n        nodes {\n          id\n          ...CallNoteItem\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query Case($id: ID!, $withBodies: Boolean!, $notesAfter: String) {\n    case(id: $id) {\n      id\n      reference\n      title\n      clientName\n      status\n      openedAt\n      closedAt\n      responsiblePartner {\n        id\n        fullName\n      }\n      members {\n        id\n        fullName\n        title\n        role\n      }\n      callNoteCount\n      callNotes(first: 20, after: $notesAfter) {\n        nodes {\n          id\n          ...CallNoteItem\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchCases($text: String!) {\n    searchCases(text: $text, first: 10) {\n      id\n      reference\n      title\n      clientName\n      status\n    }\n  }\n"): (typeof documents)["\n  query SearchCases($text: String!) {\n    searchCases(text: $text, first: 10) {\n      id\n      reference\n      title\n      clientName\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users {\n      id\n      fullName\n      title\n      role\n      status\n    }\n  }\n"): (typeof documents)["\n  query Users {\n    users {\n      id\n      fullName\n      title\n      role\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n      reference\n    }\n  }\n"): (typeof documents)["\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n      reference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCase($id: ID!) {\n    closeCase(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CloseCase($id: ID!) {\n    closeCase(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenCase($id: ID!) {\n    reopenCase(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenCase($id: ID!) {\n    reopenCase(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCaseMember($caseId: ID!, $userId: ID!) {\n    addCaseMember(caseId: $caseId, userId: $userId) {\n      id\n      members {\n        id\n        fullName\n        title\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddCaseMember($caseId: ID!, $userId: ID!) {\n    addCaseMember(caseId: $caseId, userId: $userId) {\n      id\n      members {\n        id\n        fullName\n        title\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCaseMember($caseId: ID!, $userId: ID!) {\n    removeCaseMember(caseId: $caseId, userId: $userId) {\n      id\n      members {\n        id\n        fullName\n        title\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCaseMember($caseId: ID!, $userId: ID!) {\n    removeCaseMember(caseId: $caseId, userId: $userId) {\n      id\n      members {\n        id\n        fullName\n        title\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogCallNote($input: LogCallNoteInput!) {\n    logCallNote(input: $input) {\n      id\n      occurredAt\n      direction\n      otherPartyName\n      otherPartyPhone\n      candidateId\n      body\n      createdAt\n      author {\n        id\n        fullName\n      }\n      case {\n        id\n        reference\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogCallNote($input: LogCallNoteInput!) {\n    logCallNote(input: $input) {\n      id\n      occurredAt\n      direction\n      otherPartyName\n      otherPartyPhone\n      candidateId\n      body\n      createdAt\n      author {\n        id\n        fullName\n      }\n      case {\n        id\n        reference\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplianceTasks($filter: ComplianceTaskFilter, $after: String) {\n    complianceTasks(filter: $filter, first: 25, after: $after) {\n      nodes {\n        id\n        kind\n        dueOn\n        overdue\n        user {\n          id\n          fullName\n        }\n        agreement {\n          id\n          kind\n          processor {\n            id\n            name\n          }\n        }\n        checklist {\n          key\n          label\n          done\n          automatic\n        }\n        notes\n        attestedBy {\n          id\n          fullName\n        }\n        attestedAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ComplianceTasks($filter: ComplianceTaskFilter, $after: String) {\n    complianceTasks(filter: $filter, first: 25, after: $after) {\n      nodes {\n        id\n        kind\n        dueOn\n        overdue\n        user {\n          id\n          fullName\n        }\n        agreement {\n          id\n          kind\n          processor {\n            id\n            name\n          }\n        }\n        checklist {\n          key\n          label\n          done\n          automatic\n        }\n        notes\n        attestedBy {\n          id\n          fullName\n        }\n        attestedAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttestComplianceTask($id: ID!, $notes: String, $checklist: [ComplianceChecklistInput!]) {\n    attestComplianceTask(id: $id, notes: $notes, checklist: $checklist) {\n      id\n      notes\n      attestedAt\n      attestedBy {\n        id\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AttestComplianceTask($id: ID!, $notes: String, $checklist: [ComplianceChecklistInput!]) {\n    attestComplianceTask(id: $id, notes: $notes, checklist: $checklist) {\n      id\n      notes\n      attestedAt\n      attestedBy {\n        id\n        fullName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartureCandidates {\n    users {\n      id\n      fullName\n      title\n      role\n      status\n    }\n  }\n"): (typeof documents)["\n  query DepartureCandidates {\n    users {\n      id\n      fullName\n      title\n      role\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkUserDeparted($userId: ID!, $departedOn: Date!) {\n    markUserDeparted(userId: $userId, departedOn: $departedOn) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation MarkUserDeparted($userId: ID!, $departedOn: Date!) {\n    markUserDeparted(userId: $userId, departedOn: $departedOn) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsentEventFields on ConsentEvent {\n    id\n    subjectType\n    candidateId\n    subscriberId\n    personEmail\n    personName\n    purpose\n    caseId\n    action\n    occurredAt\n    recordedAt\n    method\n    evidenceForm\n    evidenceStatementVersion\n    evidenceIpAnonymised\n    evidenceNote\n    recordedById\n  }\n"): (typeof documents)["\n  fragment ConsentEventFields on ConsentEvent {\n    id\n    subjectType\n    candidateId\n    subscriberId\n    personEmail\n    personName\n    purpose\n    caseId\n    action\n    occurredAt\n    recordedAt\n    method\n    evidenceForm\n    evidenceStatementVersion\n    evidenceIpAnonymised\n    evidenceNote\n    recordedById\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsentHistory($subject: ConsentSubjectInput!, $purpose: ConsentPurpose, $action: ConsentAction, $from: DateTime, $to: DateTime, $after: String) {\n    consentHistory(subject: $subject, purpose: $purpose, action: $action, from: $from, to: $to, first: 25, after: $after) {\n      nodes {\n        id\n        ...ConsentEventFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ConsentHistory($subject: ConsentSubjectInput!, $purpose: ConsentPurpose, $action: ConsentAction, $from: DateTime, $to: DateTime, $after: String) {\n    consentHistory(subject: $subject, purpose: $purpose, action: $action, from: $from, to: $to, first: 25, after: $after) {\n      nodes {\n        id\n        ...ConsentEventFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentConsents($subject: ConsentSubjectInput!) {\n    currentConsents(subject: $subject) {\n      purpose\n      caseId\n      granted\n      since\n    }\n  }\n"): (typeof documents)["\n  query CurrentConsents($subject: ConsentSubjectInput!) {\n    currentConsents(subject: $subject) {\n      purpose\n      caseId\n      granted\n      since\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsentAsOf($subject: ConsentSubjectInput!, $purpose: ConsentPurpose!, $caseId: ID, $at: DateTime!) {\n    consentAsOf(subject: $subject, purpose: $purpose, caseId: $caseId, at: $at) {\n      purpose\n      caseId\n      granted\n      since\n    }\n  }\n"): (typeof documents)["\n  query ConsentAsOf($subject: ConsentSubjectInput!, $purpose: ConsentPurpose!, $caseId: ID, $at: DateTime!) {\n    consentAsOf(subject: $subject, purpose: $purpose, caseId: $caseId, at: $at) {\n      purpose\n      caseId\n      granted\n      since\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentConsentEvents($action: ConsentAction, $purpose: ConsentPurpose, $from: DateTime, $to: DateTime, $after: String) {\n    recentConsentEvents(action: $action, purpose: $purpose, from: $from, to: $to, first: 25, after: $after) {\n      nodes {\n        id\n        ...ConsentEventFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query RecentConsentEvents($action: ConsentAction, $purpose: ConsentPurpose, $from: DateTime, $to: DateTime, $after: String) {\n    recentConsentEvents(action: $action, purpose: $purpose, from: $from, to: $to, first: 25, after: $after) {\n      nodes {\n        id\n        ...ConsentEventFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n      ...ConsentEventFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n      ...ConsentEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsentLookups {\n    users {\n      id\n      fullName\n    }\n    searchCases(text: \"\", first: 50) {\n      id\n      reference\n      title\n    }\n  }\n"): (typeof documents)["\n  query ConsentLookups {\n    users {\n      id\n      fullName\n    }\n    searchCases(text: \"\", first: 50) {\n      id\n      reference\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Subscribers($search: String, $status: SubscriberStatus, $after: String) {\n    subscribers(search: $search, status: $status, first: 25, after: $after) {\n      nodes {\n        id\n        email\n        status\n        source\n        createdAt\n        confirmedAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Subscribers($search: String, $status: SubscriberStatus, $after: String) {\n    subscribers(search: $search, status: $status, first: 25, after: $after) {\n      nodes {\n        id\n        email\n        status\n        source\n        createdAt\n        confirmedAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSubscriber($input: AddSubscriberInput!) {\n    addSubscriber(input: $input) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation AddSubscriber($input: AddSubscriberInput!) {\n    addSubscriber(input: $input) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveSubscriber($id: ID!) {\n    removeSubscriber(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveSubscriber($id: ID!) {\n    removeSubscriber(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outbox($after: String) {\n    outbox(first: 25, after: $after) {\n      nodes {\n        id\n        kind\n        to\n        subject\n        text\n        createdAt\n        sentAt\n        attempts\n        lastErrorCode\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Outbox($after: String) {\n    outbox(first: 25, after: $after) {\n      nodes {\n        id\n        kind\n        to\n        subject\n        text\n        createdAt\n        sentAt\n        attempts\n        lastErrorCode\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overview($withdrawnSince: DateTime!) {\n    overview {\n      generatedAt\n      counts {\n        candidates\n        openCases\n        subscribers\n        processors\n        processorsWithoutSignedAgreement\n      }\n      consentActivity(months: 12) {\n        month\n        granted\n        withdrawn\n      }\n    }\n    agreementsDueForReview(withinDays: 30) {\n      id\n      kind\n      status\n      reviewDueOn\n      processor {\n        id\n        name\n      }\n    }\n    processorsWithoutSignedAgreement {\n      id\n      name\n    }\n    recentConsentEvents(action: withdrawn, from: $withdrawnSince, first: 8) {\n      nodes {\n        id\n        ...ConsentEventFields\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Overview($withdrawnSince: DateTime!) {\n    overview {\n      generatedAt\n      counts {\n        candidates\n        openCases\n        subscribers\n        processors\n        processorsWithoutSignedAgreement\n      }\n      consentActivity(months: 12) {\n        month\n        granted\n        withdrawn\n      }\n    }\n    agreementsDueForReview(withinDays: 30) {\n      id\n      kind\n      status\n      reviewDueOn\n      processor {\n        id\n        name\n      }\n    }\n    processorsWithoutSignedAgreement {\n      id\n      name\n    }\n    recentConsentEvents(action: withdrawn, from: $withdrawnSince, first: 8) {\n      nodes {\n        id\n        ...ConsentEventFields\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewWork {\n    overview {\n      overdueRequests {\n        id\n        kind\n        dueOn\n        daysLeft\n      }\n      requestsDueSoon(withinDays: 7) {\n        id\n        kind\n        dueOn\n        daysLeft\n      }\n      retentionDue {\n        category\n        due\n      }\n      overdueComplianceTasks\n    }\n  }\n"): (typeof documents)["\n  query OverviewWork {\n    overview {\n      overdueRequests {\n        id\n        kind\n        dueOn\n        daysLeft\n      }\n      requestsDueSoon(withinDays: 7) {\n        id\n        kind\n        dueOn\n        daysLeft\n      }\n      retentionDue {\n        category\n        due\n      }\n      overdueComplianceTasks\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindPerson($query: String!) {\n    findPerson(query: $query) {\n      area\n      recordId\n      label\n      matchedBy\n      candidateId\n      subscriberId\n      caseId\n    }\n  }\n"): (typeof documents)["\n  query FindPerson($query: String!) {\n    findPerson(query: $query) {\n      area\n      recordId\n      label\n      matchedBy\n      candidateId\n      subscriberId\n      caseId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubjectExportSummary($subject: SubjectInput!) {\n    subjectExportSummary(subject: $subject) {\n      candidateId\n      subscriberId\n      displayName\n      total\n      htmlUrl\n      jsonUrl\n      counts {\n        candidate\n        documents\n        consentEvents\n        shares\n        newsletter\n        callNotes\n        inquiries\n        requests\n        selfServiceLinks\n        emails\n        auditEntries\n      }\n    }\n  }\n"): (typeof documents)["\n  query SubjectExportSummary($subject: SubjectInput!) {\n    subjectExportSummary(subject: $subject) {\n      candidateId\n      subscriberId\n      displayName\n      total\n      htmlUrl\n      jsonUrl\n      counts {\n        candidate\n        documents\n        consentEvents\n        shares\n        newsletter\n        callNotes\n        inquiries\n        requests\n        selfServiceLinks\n        emails\n        auditEntries\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ErasureCountsFields on ErasureCounts {\n    candidate\n    documents\n    shares\n    selfServiceTokens\n    consentEvents\n    subscriber\n    inquiries\n    emails\n    idempotencyRecords\n    callNotesRedacted\n    requestsRedacted\n    requestCommentsRedacted\n  }\n"): (typeof documents)["\n  fragment ErasureCountsFields on ErasureCounts {\n    candidate\n    documents\n    shares\n    selfServiceTokens\n    consentEvents\n    subscriber\n    inquiries\n    emails\n    idempotencyRecords\n    callNotesRedacted\n    requestsRedacted\n    requestCommentsRedacted\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CvRecipientFields on CvRecipient {\n    recipient\n    caseReference\n    caseTitle\n    sharedAt\n  }\n"): (typeof documents)["\n  fragment CvRecipientFields on CvRecipient {\n    recipient\n    caseReference\n    caseTitle\n    sharedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErasureImpact($subject: SubjectInput!) {\n    erasureImpact(subject: $subject) {\n      candidateId\n      subscriberId\n      auditEntriesKept\n      counts {\n        ...ErasureCountsFields\n      }\n      recipientsToNotify {\n        ...CvRecipientFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ErasureImpact($subject: SubjectInput!) {\n    erasureImpact(subject: $subject) {\n      candidateId\n      subscriberId\n      auditEntriesKept\n      counts {\n        ...ErasureCountsFields\n      }\n      recipientsToNotify {\n        ...CvRecipientFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseDataSubject($subject: SubjectInput!, $requestId: ID, $confirm: Boolean!) {\n    eraseDataSubject(subject: $subject, requestId: $requestId, confirm: $confirm) {\n      tombstoneId\n      erasedAt\n      counts {\n        ...ErasureCountsFields\n      }\n      recipientsToNotify {\n        ...CvRecipientFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EraseDataSubject($subject: SubjectInput!, $requestId: ID, $confirm: Boolean!) {\n    eraseDataSubject(subject: $subject, requestId: $requestId, confirm: $confirm) {\n      tombstoneId\n      erasedAt\n      counts {\n        ...ErasureCountsFields\n      }\n      recipientsToNotify {\n        ...CvRecipientFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Processors($search: String, $role: ProcessorRole, $after: String) {\n    processors(search: $search, role: $role, first: 25, after: $after) {\n      nodes {\n        id\n        name\n        role\n        dataLocation\n        countries\n        hasPersonalDataAccess\n        hasSignedAgreement\n        agreements {\n          id\n          status\n          reviewDueOn\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Processors($search: String, $role: ProcessorRole, $after: String) {\n    processors(search: $search, role: $role, first: 25, after: $after) {\n      nodes {\n        id\n        name\n        role\n        dataLocation\n        countries\n        hasPersonalDataAccess\n        hasSignedAgreement\n        agreements {\n          id\n          status\n          reviewDueOn\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgreementFields on ProcessorAgreement {\n    id\n    kind\n    status\n    signedOn\n    reviewDueOn\n    reviewDue\n    clauses\n    missingClauses\n    notes\n    documentName\n    documentContentType\n    documentByteSize\n    documentDownloadUrl\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment AgreementFields on ProcessorAgreement {\n    id\n    kind\n    status\n    signedOn\n    reviewDueOn\n    reviewDue\n    clauses\n    missingClauses\n    notes\n    documentName\n    documentContentType\n    documentByteSize\n    documentDownloadUrl\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProcessorFields on Processor {\n    id\n    name\n    organisationNumber\n    role\n    parentProcessor {\n      id\n      name\n    }\n    serviceDescription\n    dataCategories\n    dataSubjectCategories\n    hasPersonalDataAccess\n    dataLocation\n    countries\n    transferBasis\n    website\n    listedInPrivacyStatement\n    optOutUrl\n    hasSignedAgreement\n  }\n"): (typeof documents)["\n  fragment ProcessorFields on Processor {\n    id\n    name\n    organisationNumber\n    role\n    parentProcessor {\n      id\n      name\n    }\n    serviceDescription\n    dataCategories\n    dataSubjectCategories\n    hasPersonalDataAccess\n    dataLocation\n    countries\n    transferBasis\n    website\n    listedInPrivacyStatement\n    optOutUrl\n    hasSignedAgreement\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Processor($id: ID!) {\n    processor(id: $id) {\n      id\n      ...ProcessorFields\n      agreements {\n        id\n        ...AgreementFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Processor($id: ID!) {\n    processor(id: $id) {\n      id\n      ...ProcessorFields\n      agreements {\n        id\n        ...AgreementFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProcessorOptions {\n    processors(first: 100) {\n      nodes {\n        id\n        name\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProcessorOptions {\n    processors(first: 100) {\n      nodes {\n        id\n        name\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProcessor($input: CreateProcessorInput!) {\n    createProcessor(input: $input) {\n      id\n      ...ProcessorFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProcessor($input: CreateProcessorInput!) {\n    createProcessor(input: $input) {\n      id\n      ...ProcessorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProcessor($id: ID!, $input: UpdateProcessorInput!) {\n    updateProcessor(id: $id, input: $input) {\n      id\n      ...ProcessorFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProcessor($id: ID!, $input: UpdateProcessorInput!) {\n    updateProcessor(id: $id, input: $input) {\n      id\n      ...ProcessorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteProcessor($id: ID!) {\n    deleteProcessor(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteProcessor($id: ID!) {\n    deleteProcessor(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgreement($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      id\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgreement($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      id\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgreement($id: ID!, $input: UpdateAgreementInput!) {\n    updateAgreement(id: $id, input: $input) {\n      id\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgreement($id: ID!, $input: UpdateAgreementInput!) {\n    updateAgreement(id: $id, input: $input) {\n      id\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProcessingActivityFields on ProcessingActivity {\n    id\n    name\n    purpose\n    legalBasis\n    legalBasisDetail\n    dataSubjectCategories\n    dataCategories\n    recipients\n    thirdCountryTransfers\n    securityMeasures\n    retentionRule {\n      id\n      category\n      description\n      durationMonths\n      countsFrom\n      action\n      enabled\n    }\n    processors {\n      id\n      name\n    }\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ProcessingActivityFields on ProcessingActivity {\n    id\n    name\n    purpose\n    legalBasis\n    legalBasisDetail\n    dataSubjectCategories\n    dataCategories\n    recipients\n    thirdCountryTransfers\n    securityMeasures\n    retentionRule {\n      id\n      category\n      description\n      durationMonths\n      countsFrom\n      action\n      enabled\n    }\n    processors {\n      id\n      name\n    }\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProcessingActivities {\n    processingActivities {\n      id\n      ...ProcessingActivityFields\n    }\n  }\n"): (typeof documents)["\n  query ProcessingActivities {\n    processingActivities {\n      id\n      ...ProcessingActivityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityOptions {\n    processors(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    retentionRules {\n      id\n      category\n      durationMonths\n      countsFrom\n      action\n      enabled\n    }\n  }\n"): (typeof documents)["\n  query ActivityOptions {\n    processors(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    retentionRules {\n      id\n      category\n      durationMonths\n      countsFrom\n      action\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProcessingActivity($input: CreateProcessingActivityInput!) {\n    createProcessingActivity(input: $input) {\n      id\n      ...ProcessingActivityFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProcessingActivity($input: CreateProcessingActivityInput!) {\n    createProcessingActivity(input: $input) {\n      id\n      ...ProcessingActivityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProcessingActivity($id: ID!, $input: UpdateProcessingActivityInput!) {\n    updateProcessingActivity(id: $id, input: $input) {\n      id\n      ...ProcessingActivityFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProcessingActivity($id: ID!, $input: UpdateProcessingActivityInput!) {\n    updateProcessingActivity(id: $id, input: $input) {\n      id\n      ...ProcessingActivityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacyStatementLists {\n    privacyStatementLists {\n      html\n      markdown\n    }\n  }\n"): (typeof documents)["\n  query PrivacyStatementLists {\n    privacyStatementLists {\n      html\n      markdown\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataSubjectRequests($status: RequestStatus, $kind: RequestKind, $after: String) {\n    dataSubjectRequests(status: $status, kind: $kind, first: 25, after: $after) {\n      nodes {\n        id\n        kind\n        requesterName\n        receivedOn\n        dueOn\n        daysLeft\n        paused\n        status\n        handler {\n          id\n          fullName\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query DataSubjectRequests($status: RequestStatus, $kind: RequestKind, $after: String) {\n    dataSubjectRequests(status: $status, kind: $kind, first: 25, after: $after) {\n      nodes {\n        id\n        kind\n        requesterName\n        receivedOn\n        dueOn\n        daysLeft\n        paused\n        status\n        handler {\n          id\n          fullName\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequestFields on DataSubjectRequest {\n    id\n    kind\n    requesterName\n    requesterEmail\n    requesterPhone\n    candidateId\n    receivedOn\n    dueOn\n    baseDueOn\n    extendedDueOn\n    extensionReason\n    identityRequestedAt\n    identityVerifiedAt\n    pausedDays\n    paused\n    daysLeft\n    overdue\n    status\n    refusalReason\n    resolution\n    handler {\n      id\n      fullName\n    }\n    completedAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment RequestFields on DataSubjectRequest {\n    id\n    kind\n    requesterName\n    requesterEmail\n    requesterPhone\n    candidateId\n    receivedOn\n    dueOn\n    baseDueOn\n    extendedDueOn\n    extensionReason\n    identityRequestedAt\n    identityVerifiedAt\n    pausedDays\n    paused\n    daysLeft\n    overdue\n    status\n    refusalReason\n    resolution\n    handler {\n      id\n      fullName\n    }\n    completedAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataSubjectRequest($id: ID!) {\n    dataSubjectRequest(id: $id) {\n      id\n      ...RequestFields\n      comments {\n        id\n        body\n        author {\n          id\n          fullName\n        }\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query DataSubjectRequest($id: ID!) {\n    dataSubjectRequest(id: $id) {\n      id\n      ...RequestFields\n      comments {\n        id\n        body\n        author {\n          id\n          fullName\n        }\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestHandlers {\n    users {\n      id\n      fullName\n      title\n      role\n      status\n    }\n  }\n"): (typeof documents)["\n  query RequestHandlers {\n    users {\n      id\n      fullName\n      title\n      role\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterRequest($input: RegisterRequestInput!) {\n    registerRequest(input: $input) {\n      id\n      ...RequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterRequest($input: RegisterRequestInput!) {\n    registerRequest(input: $input) {\n      id\n      ...RequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestIdentityVerification($id: ID!) {\n    requestIdentityVerification(id: $id) {\n      id\n      ...RequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestIdentityVerification($id: ID!) {\n    requestIdentityVerification(id: $id) {\n      id\n      ...RequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyIdentity($id: ID!) {\n    verifyIdentity(id: $id) {\n      id\n      ...RequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyIdentity($id: ID!) {\n    verifyIdentity(id: $id) {\n      id\n      ...RequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartRequestWork($id: ID!) {\n    startRequestWork(id: $id) {\n      id\n      ...RequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartRequestWork($id: ID!) {\n    startRequestWork(id: $id) {\n      id\n      ...RequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendRequestDeadline($id: ID!, $reason: String!) {\n    extendRequestDeadline(id: $id, reason: $reason) {\n      id\n      ...RequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation ExtendRequestDeadline($id: ID!, $reason: String!) {\n    extendRequestDeadline(id: $id, reason: $reason) {\n      id\n      ...RequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteRequest($id: ID!, $resolution: String!) {\n    completeRequest(id: $id, resolution: $resolution) {\n      id\n      ...RequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteRequest($id: ID!, $resolution: String!) {\n    completeRequest(id: $id, resolution: $resolution) {\n      id\n      ...RequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefuseRequest($id: ID!, $reason: String!) {\n    refuseRequest(id: $id, reason: $reason) {\n      id\n      ...RequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefuseRequest($id: ID!, $reason: String!) {\n    refuseRequest(id: $id, reason: $reason) {\n      id\n      ...RequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignRequestHandler($id: ID!, $userId: ID!) {\n    assignRequestHandler(id: $id, userId: $userId) {\n      id\n      ...RequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignRequestHandler($id: ID!, $userId: ID!) {\n    assignRequestHandler(id: $id, userId: $userId) {\n      id\n      ...RequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRequestComment($id: ID!, $body: String!) {\n    addRequestComment(id: $id, body: $body) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddRequestComment($id: ID!, $body: String!) {\n    addRequestComment(id: $id, body: $body) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RetentionRuleFields on RetentionRule {\n    id\n    category\n    description\n    durationMonths\n    countsFrom\n    action\n    legalBasis\n    enabled\n    updatedAt\n    updatedBy {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  fragment RetentionRuleFields on RetentionRule {\n    id\n    category\n    description\n    durationMonths\n    countsFrom\n    action\n    legalBasis\n    enabled\n    updatedAt\n    updatedBy {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionRules {\n    retentionRules {\n      id\n      ...RetentionRuleFields\n    }\n  }\n"): (typeof documents)["\n  query RetentionRules {\n    retentionRules {\n      id\n      ...RetentionRuleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRetentionRule($id: ID!, $input: UpdateRetentionRuleInput!) {\n    updateRetentionRule(id: $id, input: $input) {\n      id\n      ...RetentionRuleFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRetentionRule($id: ID!, $input: UpdateRetentionRuleInput!) {\n    updateRetentionRule(id: $id, input: $input) {\n      id\n      ...RetentionRuleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RetentionRunSummary on RetentionRun {\n    id\n    mode\n    status\n    startedVia\n    startedAt\n    finishedAt\n    total\n    processed\n    triggeredBy {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  fragment RetentionRunSummary on RetentionRun {\n    id\n    mode\n    status\n    startedVia\n    startedAt\n    finishedAt\n    total\n    processed\n    triggeredBy {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RetentionRunReport on RetentionRun {\n    id\n    asOf\n    failure\n    disabledCategories\n    rules {\n      ruleId\n      category\n      action\n      durationMonths\n      due\n      applied\n      exampleIds\n      warningsDue\n      warned\n      warningsCleared\n      note\n    }\n    housekeeping {\n      task\n      keepHours\n      due\n      applied\n    }\n  }\n"): (typeof documents)["\n  fragment RetentionRunReport on RetentionRun {\n    id\n    asOf\n    failure\n    disabledCategories\n    rules {\n      ruleId\n      category\n      action\n      durationMonths\n      due\n      applied\n      exampleIds\n      warningsDue\n      warned\n      warningsCleared\n      note\n    }\n    housekeeping {\n      task\n      keepHours\n      due\n      applied\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionRuns($after: String) {\n    retentionRuns(first: 20, after: $after) {\n      nodes {\n        id\n        ...RetentionRunSummary\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query RetentionRuns($after: String) {\n    retentionRuns(first: 20, after: $after) {\n      nodes {\n        id\n        ...RetentionRunSummary\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionRun($id: ID!) {\n    retentionRun(id: $id) {\n      id\n      ...RetentionRunSummary\n      ...RetentionRunReport\n    }\n  }\n"): (typeof documents)["\n  query RetentionRun($id: ID!) {\n    retentionRun(id: $id) {\n      id\n      ...RetentionRunSummary\n      ...RetentionRunReport\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunRetention($dryRun: Boolean!) {\n    runRetention(dryRun: $dryRun) {\n      id\n      ...RetentionRunSummary\n      ...RetentionRunReport\n    }\n  }\n"): (typeof documents)["\n  mutation RunRetention($dryRun: Boolean!) {\n    runRetention(dryRun: $dryRun) {\n      id\n      ...RetentionRunSummary\n      ...RetentionRunReport\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;