import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, getNamedType, isLeafType, isNonNullType, isObjectType, type GraphQLField, type GraphQLObjectType } from 'graphql';

const sdlRoot = fileURLToPath(new URL('../../api/src', import.meta.url));

const callable = (field: GraphQLField<unknown, unknown>) => field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined);

function selection(type: GraphQLObjectType, depth: number): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (!callable(field)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (isObjectType(named) && depth > 0) {
      const inner = selection(named, depth - 1);
      if (inner) parts.push(`${field.name} { ${inner} }`);
    }
  }
  return parts.join(' ');
}

/**
 * The dashboard's overview as it stands: every field the areas have added to `Overview`, with
 * their leaf fields one level down. Built from the SDL, so new overview fields are measured too.
 */
export function overviewDocument(): string {
  const files = readdirSync(sdlRoot, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.graphql')).sort();
  const schema = buildSchema(files.map((f) => readFileSync(join(sdlRoot, f), 'utf8')).join('\n'), { assumeValidSDL: true });
  const overview = schema.getType('Overview');
  if (!overview || !isObjectType(overview)) throw new Error('The schema has no Overview type');
  return `query Overview { overview { ${selection(overview, 1)} } }`;
}
