import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@pvr/db';
import { asc, inArray } from '@pvr/db/orm';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { ensureDefaultRetentionRules } from '../retention/default-rules.ts';

type SignedIn = Awaited<ReturnType<TestServer['signIn']>>;

/** An RFC 4180 reader, written here so the export is checked by something other than its writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted) {
      cell += c;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else if (c === '\n' || c === '\r') {
      throw new Error(`bare line break outside quotes at ${i}`);
    } else {
      cell += c;
    }
  }
  if (cell || row.length) throw new Error('the last row does not end with CRLF');
  return rows;
}

const createActivity = `mutation($input: CreateProcessingActivityInput!) {
  createProcessingActivity(input: $input) { id name legalBasis processors { id name } retentionRule { category } }
}`;

describe('the Art. 30 record and the privacy statement’s lists', () => {
  let server: TestServer;
  let partner: SignedIn;
  let auditor: SignedIn;
  let staff: SignedIn;
  const processor: Record<string, string> = {};
  const tricky = '=HYPERLINK("https://evil.example","klikk"), <script>alert(1)</script>';

  beforeAll(async () => {
    server = await startTestServer();
    await ensureDefaultRetentionRules(server.db);
    partner = await server.signIn('partner');
    auditor = await server.signIn('auditor');
    staff = await server.signIn('staff');
    const rows = await server.db
      .insert(schema.processors)
      .values([
        { name: 'Webhotell AS', role: 'processor', serviceDescription: 'Drift og vedlikehold av nettstedet.', dataLocation: 'eea', organisationNumber: '123456785' },
        { name: 'Statistikk Inc', role: 'processor', serviceDescription: 'Nettstatistikk', dataLocation: 'third_country', countries: ['US'], transferBasis: 'adequacy_decision', listedInPrivacyStatement: true, optOutUrl: 'https://tools.example/opt-out?a=1&b=2' },
        { name: 'Tagg <img src=x onerror=alert(1)> & "Co"', role: 'processor', serviceDescription: 'Tag manager *fet* [lenke](javascript:alert(1))', dataLocation: 'eea', listedInPrivacyStatement: true },
        { name: 'Annonse AS', role: 'independent_controller', serviceDescription: 'Annonsestyring', dataLocation: 'eea', listedInPrivacyStatement: true, optOutUrl: 'https://ads.example/avmelding' },
      ])
      .returning();
    for (const row of rows) processor[row.name.split(' ')[0]!] = row.id;
    const [parent] = rows;
    await server.db.insert(schema.processors).values({ name: 'Underleverandør AS', role: 'sub_processor', parentProcessorId: parent!.id, serviceDescription: 'Sikkerhetskopi', dataLocation: 'eea' });
  });
  afterAll(() => server?.close());

  it('creates and updates activities with their processors and retention rule, audited', async () => {
    const [rule] = await server.db.select().from(schema.retentionRules).where(inArray(schema.retentionRules.category, ['answered_inquiries']));
    const { createProcessingActivity } = await partner.client.data(createActivity, {
      input: {
        name: 'Kontaktskjema',
        purpose: 'Besvare henvendelser, og ingenting annet.',
        legalBasis: 'legitimate_interests',
        dataSubjectCategories: ['personer som tar kontakt'],
        dataCategories: ['navn', 'e-post', 'melding'],
        securityMeasures: 'Tilgangsstyring',
        retentionRuleId: rule!.id,
        processorIds: [processor.Webhotell, processor.Statistikk],
      },
    });
    expect(createProcessingActivity.processors.map((p: { name: string }) => p.name)).toEqual(['Statistikk Inc', 'Webhotell AS']);
    expect(createProcessingActivity.retentionRule).toEqual({ category: 'answered_inquiries' });

    const update = `mutation($id: ID!, $input: UpdateProcessingActivityInput!) { updateProcessingActivity(id: $id, input: $input) { processors { name } retentionRule { category } thirdCountryTransfers } }`;
    const { updateProcessingActivity } = await partner.client.data(update, {
      id: createProcessingActivity.id,
      input: { processorIds: [processor.Webhotell], retentionRuleId: null, thirdCountryTransfers: 'Ingen' },
    });
    expect(updateProcessingActivity).toEqual({ processors: [{ name: 'Webhotell AS' }], retentionRule: null, thirdCountryTransfers: 'Ingen' });

    const unknown = await partner.client.request(update, { id: createProcessingActivity.id, input: { processorIds: ['00000000-0000-4000-8000-000000000000'] } });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'processorIds' });
    const twice = await partner.client.request(createActivity, { input: { name: 'Kontaktskjema', purpose: 'x', legalBasis: 'consent', securityMeasures: 'x' } });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });
    const actions = await server.db.select({ action: schema.auditLog.action }).from(schema.auditLog).where(inArray(schema.auditLog.action, ['processingActivity.create', 'processingActivity.update']));
    expect(actions.map((a) => a.action).sort()).toEqual(['processingActivity.create', 'processingActivity.update']);

    await partner.client.data(createActivity, {
      input: { name: tricky, purpose: 'Linje én,\nlinje "to"', legalBasis: 'consent', securityMeasures: '-Kryptering', processorIds: [processor.Tagg] },
    });
  });

  it('exports the whole record as RFC 4180 CSV, safe to open in a spreadsheet', async () => {
    const response = await auditor.client.fetch('/files/processing-activities.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    const text = await response.text();
    const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
    expect(header?.[0]).toBe('Behandling');
    expect(header).toContain('Sletting');
    expect(rows.every((r) => r.length === header!.length)).toBe(true);

    const activities = await server.db.select().from(schema.processingActivities).orderBy(asc(schema.processingActivities.name));
    expect(rows).toHaveLength(activities.length);
    const byName = new Map(rows.map((r) => [r[0]!.replace(/^'/, ''), r]));
    for (const activity of activities) {
      const row = byName.get(activity.name)!;
      expect(row, activity.name).toBeDefined();
      expect(row[header!.indexOf('Formål')]).toBe(activity.purpose.startsWith('=') ? `'${activity.purpose}` : activity.purpose);
    }
    const evil = rows.find((r) => r[0]!.includes('HYPERLINK'))!;
    expect(evil[0]).toBe(`'${tricky}`);
    expect(evil[header!.indexOf('Formål')]).toBe('Linje én,\nlinje "to"');
    expect(evil[header!.indexOf('Sikkerhetstiltak')]).toBe("'-Kryptering");
    expect(evil[header!.indexOf('Databehandlere og verktøy')]).toBe('Tagg <img src=x onerror=alert(1)> & "Co"');
    const contact = byName.get('Kontaktskjema')!;
    expect(contact[header!.indexOf('Databehandlere og verktøy')]).toBe('Webhotell AS');
    expect(contact[header!.indexOf('Behandlingsgrunnlag')]).toMatch(/^Berettiget interesse/);
  });

  it('prints the record as a Norwegian HTML document with every value escaped', async () => {
    const response = await auditor.client.fetch('/files/processing-activities.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).toContain('<html lang="nb">');
    expect(html).toContain('Behandlingsansvarlig');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Tagg &lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot;');
    const activities = await server.db.select({ name: schema.processingActivities.name }).from(schema.processingActivities);
    const headings = [...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toHaveLength(activities.length);
    expect(headings).toContain('Kontaktskjema');
  });

  it('lets only partners and auditors download the record', async () => {
    expect((await server.anonymous().fetch('/files/processing-activities.csv')).status).toBe(401);
    expect((await staff.client.fetch('/files/processing-activities.csv')).status).toBe(403);
    expect((await staff.client.fetch('/files/processing-activities.html')).status).toBe(403);
    expect((await partner.client.fetch('/files/processing-activities.html')).status).toBe(200);
  });

  it('generates the statement’s lists from the processor register, escaped, in HTML and Markdown', async () => {
    const { privacyStatementLists } = await auditor.client.data(`{ privacyStatementLists { html markdown } }`);
    const { html, markdown } = privacyStatementLists as { html: string; markdown: string };
    const section = (text: string, heading: string) => text.split(heading)[1]!.split(/<h3>|###/)[0]!;

    const registered = await server.db.select().from(schema.processors);
    const listed = registered.filter((p) => p.listedInPrivacyStatement);
    const tools = section(html, 'Følgende verktøy benyttes:');
    expect(tools.match(/<li>/g)).toHaveLength(listed.length);
    expect(tools).toContain('<strong>Statistikk Inc</strong>');
    expect(tools).toContain('<strong>Annonse AS</strong>');
    expect(tools).not.toContain('Webhotell');

    const optOuts = section(html, 'Avmelding fra noen av disse verktøyene kan skje her:');
    expect(optOuts.match(/<a /g)).toHaveLength(listed.filter((p) => p.optOutUrl).length);
    expect(optOuts).toContain('<a href="https://tools.example/opt-out?a=1&amp;b=2" rel="noopener noreferrer">Statistikk Inc</a>');

    const processors = section(html, 'Databehandlere og underleverandører:');
    const expected = registered.filter((p) => p.role !== 'independent_controller');
    expect(processors.match(/<li>/g)).toHaveLength(expected.length);
    expect(processors).toContain('Underleverandør AS – Sikkerhetskopi; underleverandør til Webhotell AS');
    expect(processors).toContain('Statistikk Inc – Nettstatistikk; data overføres utenfor EØS (US), grunnlag: adekvansbeslutning');
    expect(processors).toContain('Webhotell AS (org.nr. 123456785) – Drift og vedlikehold av nettstedet; data lagres i EØS');
    expect(processors).not.toContain('Annonse AS');

    expect(html).not.toMatch(/<img|<a href="javascript/);
    expect(html).toContain('Tagg &lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot;');
    // Outside link targets (<https://…>), no < or > and no [ ] stands unescaped.
    expect(markdown.replace(/\]\(<https:\/\/[^\s<>]+>\)/g, '](URL)')).not.toMatch(/(?<!\\)[<>]|(?<!\\)\[lenke/);
    expect(markdown).toContain('- [Statistikk Inc](<https://tools.example/opt-out?a=1&b=2>)');
    expect(markdown).toContain('**Tagg \\<img src=x onerror=alert\\(1\\)\\> \\& \\"Co\\"** – Tag manager \\*fet\\* \\[lenke\\]\\(javascript:alert\\(1\\)\\)');
    for (const p of listed) expect(markdown).toContain(p.name.replace(/[\\`*_{}[\]()#+\-.!|<>~&"']/g, (c) => `\\${c}`));
  });

  it('serves the same lists publicly for the website', async () => {
    const { privacyStatementLists } = await partner.client.data(`{ privacyStatementLists { html } }`);
    const response = await server.anonymous().fetch('/public/privacy-statement/lists.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const page = await response.text();
    expect(page).toContain(privacyStatementLists.html);
    expect(page).toContain('<html lang="nb">');
  });
});
