import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDatabase, postgresUrlParts, queryRows } from '../src/index.ts';
import { sql } from '../src/orm.ts';
import { testDriver } from '../src/testing/index.ts';

describe('a DATABASE_URL naming a Unix socket, the libpq way', () => {
  it('takes the socket directory out of the URL, and leaves every other URL as it is', () => {
    expect(postgresUrlParts('postgres://app@localhost:5432/pvr?host=/var/run/postgresql&sslmode=disable')).toEqual({
      url: 'postgres://app@localhost:5432/pvr?sslmode=disable',
      socketDirectory: '/var/run/postgresql',
    });
    for (const url of ['postgres://app@127.0.0.1:5432/pvr', 'postgres://app@db.example/pvr?host=db2.example', 'not a url']) {
      expect(postgresUrlParts(url)).toEqual({ url });
    }
  });

  const socketDirectory = '/var/run/postgresql';
  it.skipIf(testDriver !== 'postgres' || !existsSync(`${socketDirectory}/.s.PGSQL.5432`))('connects through the socket, not TCP', async () => {
    const database = await openDatabase({ url: `postgres://postgres@localhost:5432/postgres?host=${socketDirectory}`, maxConnections: 1 });
    try {
      // inet_server_addr() is null on a Unix-socket connection, the server's address over TCP.
      const [row] = await queryRows<{ addr: string | null }>(database.db, sql`select inet_server_addr()::text as addr`);
      expect(row).toEqual({ addr: null });
    } finally {
      await database.close();
    }
  });
});
