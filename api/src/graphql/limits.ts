import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Limits on what one GraphQL document may ask for, sized so the dashboard's own operations
 * always pass (the deepest is a candidate with its consents' events: depth < 8) while floods
 * of aliases, directives, tokens or nested selections are refused before execution.
 * Limits are not echoed back to the caller.
 */
export const graphqlLimits = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 3_000,
  maxCost: 5_000,
} as const;

/** graphql-js parse options: the token limit is enforced while parsing. */
export const parseOptions = { maxTokens: graphqlLimits.maxTokens } as const;

export function createArmor() {
  const reject = { exposeLimits: false, errorMessage: 'The request is too large or too complex' };
  return new ApolloArmor({
    maxDepth: { n: graphqlLimits.maxDepth, ...reject },
    maxAliases: { n: graphqlLimits.maxAliases, ...reject },
    maxDirectives: { n: graphqlLimits.maxDirectives, ...reject },
    // Armor's token limit re-parses the document and turns syntax errors into HTTP 500;
    // graphql-js's own parser limit (parseOptions below) gives a clean 400 instead.
    maxTokens: { enabled: false },
    costLimit: { maxCost: graphqlLimits.maxCost, ...reject },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
