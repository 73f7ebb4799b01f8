import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The codegen client preset's `graphql()` looks documents up in one map that holds every
 * operation of the app, so whichever chunk calls it carries them all. Importing the generated
 * documents instead is not enough either: `gql/graphql.ts` is one module, and a module lives
 * in one chunk — the initial one, since the session check needs `Me`. So each
 * `graphql(`query Name …`)` becomes an import of a virtual module holding just that document
 * (the generated one, with its fragments inlined), and every chunk carries only what it uses.
 */
const graphqlCall = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const exportedCall = /^export const ([A-Za-z_$][\w$]*) = graphql\(\s*`([^`]*)`\s*\);$/gm;
const firstDefinition = /\b(query|mutation|subscription|fragment)\s+([A-Za-z_][A-Za-z0-9_]*)/;
const virtualPrefix = 'virtual:gql-document/';
const resolvedPrefix = `\0${virtualPrefix}`;

/** The name the client preset gives a document's export: `NameDocument`, or `NameFragmentDoc` for a fragment. */
export function documentExportName(source: string): string {
  const match = firstDefinition.exec(source);
  if (!match?.[2]) throw new Error(`graphql(): a document needs a named operation or fragment:\n${source}`);
  return match[1] === 'fragment' ? `${match[2]}FragmentDoc` : `${match[2]}Document`;
}

/**
 * Replaces each `graphql(`…`)` call with its own document module; null when there is none.
 * The imports go at the end of the module (imports are hoisted), so line numbers stay true.
 */
export function importDocuments(code: string): string | null {
  const names = new Set<string>();
  // `export const X = graphql(…)` becomes a re-export, so an importer binds to the document
  // module itself and an operations file does not tie all its documents into one chunk.
  let reexports = 0;
  const withReexports = code.replace(exportedCall, (_call, binding: string, source: string) => {
    reexports += 1;
    // An import binding, re-exported: the module may still use the name itself.
    const reexport = `import ${binding} from ${JSON.stringify(virtualPrefix + documentExportName(source))}; export { ${binding} };`;
    // As many lines as the call had, so line numbers stay true.
    return reexport + '\n'.repeat(_call.split('\n').length - 1);
  });
  const replaced = withReexports.replace(graphqlCall, (_call, source: string) => {
    const name = documentExportName(source);
    names.add(name);
    return `__gql_${name}`;
  });
  if (names.size === 0) return reexports > 0 ? replaced : null;
  const imports = [...names].map((name) => `import __gql_${name} from ${JSON.stringify(virtualPrefix + name)};`).join('\n');
  return `${replaced}\n${imports}\n`;
}

/** The JSON of one document from the generated module (`export const Name = {…} as unknown as DocumentNode<…>;`). */
export function documentSource(generated: string, name: string): string {
  const line = generated.split('\n').find((l) => l.startsWith(`export const ${name} = {`));
  const json = line && /^export const \w+ = (\{.*\}) as unknown as DocumentNode<.*>;$/.exec(line)?.[1];
  if (!json) throw new Error(`No generated document ${name}: run the web codegen (pnpm codegen)`);
  return json;
}

export function graphqlDocuments(options: { generatedDir: string }): Plugin {
  const generatedDir = resolve(options.generatedDir);
  const generatedModule = resolve(generatedDir, 'graphql.ts');
  let cache: { mtimeMs: number; text: string } | null = null;
  const generated = () => {
    const { mtimeMs } = statSync(generatedModule);
    if (cache?.mtimeMs !== mtimeMs) cache = { mtimeMs, text: readFileSync(generatedModule, 'utf8') };
    return cache.text;
  };
  return {
    name: 'pvr:graphql-documents',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(virtualPrefix) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(resolvedPrefix)) return null;
      this.addWatchFile(generatedModule);
      return `export default ${documentSource(generated(), id.slice(resolvedPrefix.length))};\n`;
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(generatedDir) || !code.includes('graphql(')) return null;
      const result = importDocuments(code);
      return result === null ? null : { code: result, map: null };
    },
  };
}
