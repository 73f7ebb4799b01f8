/** Small builders for the generator's set-based SQL: seeded randomness, picks, literals. */

export const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

export const textArray = (values: readonly string[]) => `ARRAY[${values.map(literal).join(', ')}]::text[]`;

export type Random = {
  /** A uniform number in [0, 1) from a row key and a salt: the same seed always gives the same value. */
  unit(key: string, salt: number): string;
  /** An integer in [from, from + count). */
  int(key: string, salt: number, from: number, count: number): string;
  /** One element of a text array. */
  pick(values: readonly string[], key: string, salt: number): string;
  /** A deterministic uuid for the n-th row of a kind. */
  uuid(kind: string, key: string): string;
};

export function seededRandom(seed: number): Random {
  const unit = (key: string, salt: number) =>
    `((hashint8extended((${key})::bigint, ${seed * 1000 + salt}) & 2147483647)::float8 / 2147483648.0)`;
  return {
    unit,
    int: (key, salt, from, count) => `(${from} + floor(${unit(key, salt)} * ${count})::int)`,
    pick: (values, key, salt) => `(${textArray(values)})[1 + floor(${unit(key, salt)} * ${values.length})::int]`,
    // Version 4 and the RFC 4122 variant, so the API's uuid validation accepts the ids.
    uuid: (kind, key) => `overlay(overlay(md5(${literal(`${seed}:${kind}:`)} || (${key})::text) placing '4' from 13 for 1) placing '8' from 17 for 1)::uuid`,
  };
}
