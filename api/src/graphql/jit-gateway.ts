import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { getVariableValues, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * Executes operations with graphql-jit instead of graphql-js: each document is compiled once
 * into a function that resolves and completes exactly its selection, with no per-field
 * dispatch over the AST. A page of 50 candidates with their consents completes ~3,000 fields;
 * graphql-js spent a tenth of the request's CPU, and much of its garbage, on that (bench/README.md).
 *
 * Apollo Server takes another executor only through its gateway interface; parsing, the limits
 * (graphql-armor, token limit), validation, plugins and error formatting stay Apollo's. The
 * schema is this process's own: "gateway" is only the name of the hook.
 */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  const executor = jitExecutor(schema);
  return {
    onSchemaLoadOrUpdate(callback) {
      // The SDL is for Apollo's schema reporting to its cloud, which this server never does.
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    load: () => Promise.resolve({ executor }),
    stop: () => Promise.resolve(),
  };
}

/** Compiled queries, per parsed document (Apollo keeps one DocumentNode per query text) and operation. */
const maxOperationsPerDocument = 20;

export function jitExecutor(schema: GraphQLSchema): GatewayExecutor {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery>>();
  return async (requestContext) => {
    const { document, operation, operationName } = requestContext;
    const variables = requestContext.request.variables ?? {};
    // Variables are checked by graphql-js, as without the compiler: its errors point at the
    // variable's definition, which Apollo answers with 400 BAD_USER_INPUT (graphql-jit's do not).
    const coercion = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 50 });
    if (coercion.errors) return { errors: coercion.errors };

    let byOperation = compiled.get(document);
    if (!byOperation) compiled.set(document, (byOperation = new Map()));
    const key = operationName ?? '';
    let query = byOperation.get(key);
    if (!query) {
      const result = compileQuery(schema, document, operationName ?? undefined);
      // Not compilable means invalid for this operation: graphql-jit answers with the errors.
      if (!isCompiledQuery(result)) return asGraphQLJsErrors(result);
      query = result;
      if (byOperation.size < maxOperationsPerDocument) byOperation.set(key, query);
    }
    return asGraphQLJsErrors(await query.query(undefined, requestContext.context, variables));
  };
}

/**
 * graphql-jit's errors are frozen look-alikes; Apollo's plugins (graphql-armor masks messages)
 * and error formatting expect graphql-js errors, with the resolver's error as originalError.
 */
function asGraphQLJsErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map(
    (error) =>
      new GraphQLError(error.message, {
        nodes: error.nodes ?? null,
        path: error.path ?? null,
        originalError: error.originalError ?? null,
        extensions: error.extensions,
      }),
  );
  return { ...result, errors };
}
