import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app';
import { demoLogins } from '../support/journey';

/**
 * Every query and mutation the dashboard sends passes the API's validation and its limits
 * (depth, aliases, cost: api/src/graphql/limits.ts) — a page that asks for too much at once
 * would otherwise only fail in the browser. Sent without variables, so nothing runs: the
 * answer is about the document itself.
 */
const generated = join(dirname(fileURLToPath(import.meta.url)), '../../web/src/gql/graphql.ts');

type DocumentNode = { definitions: { kind: string; operation?: string; variableDefinitions?: { type: { kind: string } }[] }[] };

function dashboardDocuments(): { name: string; document: DocumentNode }[] {
  return readFileSync(generated, 'utf8')
    .split('\n')
    .map((line) => /^export const (\w+Document) = (\{.*\}) as unknown as DocumentNode/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ name: match[1] as string, document: JSON.parse(match[2] as string) as DocumentNode }));
}

describe('the dashboard’s operations', () => {
  let app: RunningApp;
  let cookie = '';

  beforeAll(async () => {
    app = await startApp();
    const response = await fetch(`${app.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', variables: { e: demoLogins.partner.email, p: demoLogins.partner.password } }),
    });
    cookie = response.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  });
  afterAll(() => app?.stop());

  it('are all accepted by the API’s validation and limits', async () => {
    const documents = dashboardDocuments();
    expect(documents.length).toBeGreaterThan(20);
    const refused: string[] = [];
    for (const { name, document } of documents) {
      const [operation] = document.definitions;
      // A mutation without required variables would run (log out): those are left out.
      if (operation?.operation === 'mutation' && !operation.variableDefinitions?.some((v) => v.type.kind === 'NonNullType')) continue;
      const response = await fetch(`${app.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        // A mutation without its required variables is refused before it runs.
        body: JSON.stringify({ query: print(document as never), variables: {} }),
      });
      const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
      for (const error of body.errors ?? []) {
        if (error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' || error.extensions?.code === 'GRAPHQL_PARSE_FAILED') refused.push(`${name}: ${error.message}`);
      }
    }
    expect(refused).toEqual([]);
  });
});
