import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { featureResolvers } from '../features/index.ts';
import { enforceAccess } from './access.ts';
import { DateScalar, DateTime } from './scalars.ts';

const sourceRoot = fileURLToPath(new URL('..', import.meta.url));

/** Every `.graphql` file under `src/`: the base types and one file per feature. */
export function loadTypeDefs(): string[] {
  const files = readdirSync(sourceRoot, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.graphql'))
    .sort();
  return files.map((file) => readFileSync(join(sourceRoot, file), 'utf8'));
}

/** The executable schema without access checks (for tests that inspect declarations). */
export function buildRawSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers: [{ DateTime, Date: DateScalar }, ...featureResolvers],
  });
}

export function buildSchema(): GraphQLSchema {
  return enforceAccess(buildRawSchema());
}
