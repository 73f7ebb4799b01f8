import { describe, expect, it } from 'vitest';
import { documentExportName, documentSource, importDocuments } from './graphql-documents';

describe('graphql() calls replaced by their own document modules', () => {
  it('names documents as the client preset does', () => {
    expect(documentExportName('\n  query Candidates($first: Int!) { candidates { id } }')).toBe('CandidatesDocument');
    expect(documentExportName('mutation LogCallNote { x }')).toBe('LogCallNoteDocument');
    expect(documentExportName('\n  fragment CandidateRow on Candidate { id }')).toBe('CandidateRowFragmentDoc');
  });

  it('refuses an anonymous operation, which codegen could not name either', () => {
    expect(() => documentExportName('{ me { id } }')).toThrow(/named operation/);
  });

  it('imports each document once, after the code, keeping line numbers', () => {
    const code = [
      "import { graphql } from '../../gql';",
      'const A = graphql(`',
      '  query A { me { id } }',
      '`);',
      'const B = graphql(`fragment B on User { id }`);',
      'const C = graphql(`query A { me { id } }`);',
    ].join('\n');
    const lines = (importDocuments(code) ?? '').split('\n');
    expect(lines[1]).toBe('const A = __gql_ADocument;');
    expect(lines[2]).toBe('const B = __gql_BFragmentDoc;');
    expect(lines.filter((l) => l.startsWith('import __gql_'))).toEqual([
      'import __gql_ADocument from "virtual:gql-document/ADocument";',
      'import __gql_BFragmentDoc from "virtual:gql-document/BFragmentDoc";',
    ]);
  });

  it('turns exported documents into re-exports of their modules, keeping line numbers', () => {
    const code = ["import { graphql } from '../../gql';", 'export const MeQuery = graphql(`', '  query Me { me { id } }', '`);', 'export const X = 1;'].join('\n');
    const lines = (importDocuments(code) ?? '').split('\n');
    expect(lines[1]).toBe('import MeQuery from "virtual:gql-document/MeDocument"; export { MeQuery };');
    expect(lines[4]).toBe('export const X = 1;');
  });

  it('leaves a module without graphql() calls alone', () => {
    expect(importDocuments('const graphqlish = 1;')).toBeNull();
  });

  it('takes one document out of the generated module, and says when it is missing', () => {
    const generated = [
      'export const MeDocument = {"kind":"Document","definitions":[]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;',
      'export const OtherDocument = {"kind":"Document"} as unknown as DocumentNode<OtherQuery, OtherQueryVariables>;',
    ].join('\n');
    expect(JSON.parse(documentSource(generated, 'MeDocument'))).toEqual({ kind: 'Document', definitions: [] });
    expect(() => documentSource(generated, 'GoneDocument')).toThrow(/run the web codegen/);
  });
});
