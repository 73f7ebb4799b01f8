import { queryRows, type Database } from '@pvr/db';
import { sql } from '@pvr/db/orm';
import * as genericDocuments from '../generic/documents.ts';
import * as documents from './documents.ts';
import type { AskGraphql, RequestSpec } from './http.ts';
import { overviewDocument } from './overview-document.ts';

export type Operation = {
  key: string;
  title: string;
  /** Requests cycled through by each connection, so the server sees many different rows. */
  requests: RequestSpec[];
  /** Measured on embedded PGlite too (issue 7: operations 1, 2 and 4). */
  pglite: boolean;
  /**
   * The same reads as the generic server (generic/) is asked for them, built by asking it (its
   * cursors are its own); absent where a generic server has no equivalent (domain rules, audit).
   */
  generic?: (ask: AskGraphql) => Promise<RequestSpec[]>;
};

/** A keyset cursor as the API encodes it (shared/cursor.ts): base64url of a JSON array. */
const cursor = (values: string[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

const graphql = (query: string, variables: Record<string, unknown>): RequestSpec => ({
  method: 'POST',
  path: '/graphql',
  body: JSON.stringify({ query, variables }),
});

const searchTexts = ['Bjorn Hagen', 'stillingen', 'Odegard', 'lønnsforventninger', 'Kari Haugland', 'referansene Bergen', 'Aasen', 'oppsigelsestid', 'Ingrid Sæther', 'casepresentasjon'];

/** Rows the requests point at, read from the bench database before the server starts. */
export async function buildOperations(db: Database, small: boolean): Promise<Operation[]> {
  const poolSize = small ? 20 : 100;
  const candidateIds = (await queryRows<{ id: string }>(db, sql`select id from candidates order by md5(id::text) limit ${poolSize}`)).map((r) => r.id);
  // The busiest profiles (200+ consent events) belong in the detail pool too.
  const busiest = (await queryRows<{ id: string }>(db, sql`select candidate_id as id from consent_events where candidate_id is not null group by 1 order by count(*) desc limit 3`)).map((r) => r.id);
  const openCases = (await queryRows<{ id: string }>(db, sql`select id from cases where status = 'open' order by reference limit ${poolSize}`)).map((r) => r.id);
  // Notes logged by the mutation name other candidates than the read pools, so repeated runs do
  // not grow the detail and export responses they measure.
  const noteCandidates = (await queryRows<{ id: string }>(db, sql`select id from candidates order by md5(id::text) desc limit ${poolSize}`)).map((r) => r.id);
  // The same for the export: every audited read of a person is in their export (its audit
  // section), so exporting the detail pool measured the bench's own reads of them, ~1,100
  // entries a person after a few runs. Others, as many: each run adds ~30 entries to each.
  const exportCandidates = (await queryRows<{ id: string }>(db, sql`select id from candidates order by md5(id::text) offset ${poolSize} limit ${poolSize}`)).map((r) => r.id);
  const pages = await queryRows<{ at: string; id: string }>(db, sql`select created_at::text as at, id from candidates order by created_at desc, id desc limit 1000`);
  const pageCursors = [null, ...pages.filter((_, i) => i % 50 === 49).map((r) => cursor([r.at, r.id]))];
  const [total] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from consent_events`);
  const deepStart = Math.floor((total?.n ?? 0) * 0.9);
  const deep = await queryRows<{ at: string; id: string }>(
    db,
    sql`select to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at, id from consent_events
        order by occurred_at desc, id desc offset ${deepStart} limit 1000`,
  );
  const deepCursors = deep.filter((_, i) => i % 50 === 0).map((r) => cursor([r.at, r.id]));

  return [
    {
      key: 'candidates-page',
      title: '1. candidates page (50, keyset) with consents and note counts',
      pglite: true,
      requests: pageCursors.map((after) => graphql(documents.candidatesPage, { first: 50, after })),
      generic: async (ask) => {
        const cursors: (string | null)[] = [null];
        while (cursors.length < pageCursors.length) {
          const page = (await ask(genericDocuments.candidatesPage, { first: 50, after: cursors.at(-1) })) as { allCandidates: { pageInfo: { endCursor: string } } };
          cursors.push(page.allCandidates.pageInfo.endCursor);
        }
        return cursors.map((after) => graphql(genericDocuments.candidatesPage, { first: 50, after }));
      },
    },
    {
      key: 'candidate-detail',
      title: '2. candidate detail: consents, notes, timeline page',
      pglite: true,
      requests: [...candidateIds, ...busiest].map((id) => graphql(documents.candidateDetail, { id, first: 50 })),
      generic: async () => [...candidateIds, ...busiest].map((id) => graphql(genericDocuments.candidateDetail, { id, first: 50 })),
    },
    {
      key: 'search',
      title: '3. search: candidate names and call-note text',
      pglite: false,
      requests: searchTexts.map((text) => graphql(documents.searchQuery, { text })),
    },
    { key: 'overview', title: '4. overview: counts and due items', pglite: true, requests: [graphql(overviewDocument(), {})] },
    {
      key: 'log-call-note',
      title: '5. logCallNote (mutation)',
      pglite: false,
      requests: openCases.map((caseId, i) =>
        graphql(documents.logCallNote, {
          input: {
            caseId,
            direction: i % 2 ? 'incoming' : 'outgoing',
            otherPartyName: 'Bench Innringer',
            candidateId: noteCandidates[i % noteCandidates.length],
            body: 'Ringte om stillingen; følger opp neste uke.',
          },
        }),
      ),
    },
    {
      key: 'subject-export',
      title: '6. data-subject export (portability JSON)',
      pglite: false,
      requests: exportCandidates.map((id) => ({ method: 'GET', path: `/files/subject-export/portability?candidateId=${id}&format=json` })),
    },
    {
      key: 'deep-consent-page',
      title: `7. consent history page at position ~${deepStart.toLocaleString('en')}`,
      pglite: false,
      requests: deepCursors.map((after) => graphql(documents.consentReview, { first: 50, after })),
      generic: async (ask) => {
        const found = (await ask(genericDocuments.consentHistoryCursors, { offset: deepStart, count: deep.length })) as { allConsentEvents: { edges: { cursor: string }[] } };
        return found.allConsentEvents.edges.filter((_, i) => i % 50 === 0).map(({ cursor: after }) => graphql(genericDocuments.consentHistoryPage, { first: 50, after }));
      },
    },
  ];
}
