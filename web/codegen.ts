import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for the dashboard from the API's SDL; run `pnpm codegen` after an SDL or operation changes. */
const config: CodegenConfig = {
  schema: '../api/src/**/*.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      // Not `useFragment`: the name would clash with Apollo's hook of the same name.
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTime: 'string', Date: 'string' },
        // Only the types the operations use, not the whole schema.
        onlyOperationTypes: true,
      },
    },
  },
};

export default config;
