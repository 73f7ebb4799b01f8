import { Kind, valueFromASTUntyped, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The fields selected on the object a resolver returns, by name (the first of each), through
 * fragments. Fields under @include/@skip are left out: whether they run is not known here.
 */
export function selectedFields(info: GraphQLResolveInfo): Map<string, FieldNode> {
  return fieldsIn(info, info.fieldNodes);
}

/** The same for a field selected under the resolver's (e.g. a connection's `nodes`). */
export function selectedFieldsOf(info: GraphQLResolveInfo, node: FieldNode): Map<string, FieldNode> {
  return fieldsIn(info, [node]);
}

function fieldsIn(info: GraphQLResolveInfo, nodes: readonly FieldNode[]): Map<string, FieldNode> {
  const found = new Map<string, FieldNode>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.directives?.length) continue;
      if (selection.kind === Kind.FIELD) {
        if (!found.has(selection.name.value)) found.set(selection.name.value, selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const node of nodes) visit(node.selectionSet);
  return found;
}

/**
 * A selected field's arguments as its resolver will get them: variables and defaults applied,
 * not coerced (the service parses them as for the resolver). Found by type name, without the
 * graphql type predicates, which refuse types made by another copy of the graphql module.
 */
export function argumentsOf(info: GraphQLResolveInfo, node: FieldNode): Record<string, unknown> | null {
  const typeName = String(info.returnType).replace(/[[\]!]/g, '');
  const type = info.schema.getType(typeName);
  const field = type && 'getFields' in type ? type.getFields()[node.name.value] : undefined;
  if (!field || !('args' in field)) return null;
  const args: Record<string, unknown> = {};
  for (const def of field.args) {
    const given = node.arguments?.find((a) => a.name.value === def.name);
    const written = given ? valueFromASTUntyped(given.value, info.variableValues) : undefined;
    const value = written === undefined ? def.defaultValue : written;
    if (value !== undefined) args[def.name] = value;
  }
  return args;
}
