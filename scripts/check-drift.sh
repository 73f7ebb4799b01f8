#!/usr/bin/env bash
# Fails when generated files no longer match their sources: the drizzle schema vs the
# committed migrations, and the GraphQL SDL vs the generated resolver and client types.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1. Migrations: generate into a copy; any new file means the schema drifted from them.
cp -r db/migrations "$work/migrations"
cat > "$work/drizzle.config.ts" <<CONFIG
import { defineConfig } from 'drizzle-kit';
export default defineConfig({
  dialect: 'postgresql',
  schema: '$PWD/db/src/schema/index.ts',
  out: '$work/migrations',
  schemaFilter: ['public', 'newsletter'],
});
CONFIG
(cd db && pnpm exec drizzle-kit generate --config "$work/drizzle.config.ts" --name drift >"$work/drizzle.log" 2>&1) || { cat "$work/drizzle.log"; exit 1; }
if ! diff -rq db/migrations "$work/migrations" >/dev/null; then
  echo "Schema drift: db/src/schema changed without a migration. Run: pnpm db:generate --name <what-changed>"
  diff -rq db/migrations "$work/migrations" || true
  exit 1
fi
echo "migrations: in step with the schema"

# 2. GraphQL codegen: regenerate and compare with what is on disk.
generated=(api/src/graphql/generated.ts)
[ -d web/src/gql ] && generated+=(web/src/gql)
mkdir -p "$work/before"
cp -r "${generated[@]}" "$work/before/"
pnpm run --silent codegen >"$work/codegen.log" 2>&1 || { cat "$work/codegen.log"; exit 1; }
for path in "${generated[@]}"; do
  if ! diff -r "$work/before/$(basename "$path")" "$path" >/dev/null; then
    echo "Codegen drift: $path was out of date with the SDL or operations (now regenerated; commit it)."
    exit 1
  fi
done
echo "codegen: generated types in step with the SDL"
