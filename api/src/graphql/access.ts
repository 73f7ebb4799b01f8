import { getDirective, MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import type { RequestContext } from '../context.ts';
import { forbidden, unauthenticated } from '../errors.ts';

export type AccessRule = { roles: string[]; public: boolean };

/** The @access rule of every Query and Mutation field; undefined where none was declared. */
export function accessRules(schema: GraphQLSchema): Map<string, AccessRule | undefined> {
  const rules = new Map<string, AccessRule | undefined>();
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      const directive = getDirective(schema, field, 'access')?.[0] as { roles?: string[]; public?: boolean } | undefined;
      rules.set(`${root.name}.${field.name}`, directive ? { roles: directive.roles ?? [], public: directive.public ?? false } : undefined);
    }
  }
  return rules;
}

/**
 * Wraps every root field in its @access check. A root field without @access is refused to
 * everyone (default deny); the schema test lists such fields so they never ship.
 */
export function enforceAccess(schema: GraphQLSchema): GraphQLSchema {
  const rootNames = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name]);
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field, _name, typeName) => {
      if (!rootNames.has(typeName)) return field;
      const directive = getDirective(schema, field, 'access')?.[0] as { roles?: string[]; public?: boolean } | undefined;
      const resolve = field.resolve ?? defaultFieldResolver;
      return {
        ...field,
        resolve(source, args, ctx: RequestContext, info) {
          if (!directive) throw forbidden('This operation is not available');
          if (!directive.public) {
            if (!ctx.actor) throw unauthenticated();
            if (!(directive.roles ?? []).includes(ctx.actor.role)) throw forbidden();
          }
          return resolve(source, args, ctx, info);
        },
      };
    },
  });
}
