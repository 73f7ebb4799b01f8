import './node20.ts';
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { genericSchema } from './schema.ts';

/**
 * The generic GraphQL-over-PostgreSQL server the API is compared with: PostGraphile 5 (Grafast)
 * with its recommended preset, reflecting the same database, connected as the API's role. It
 * has no sessions, access rules or audit trail: what it costs is what generic GraphQL costs.
 */
const preset: GraphileConfig.Preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL ?? '',
      schemas: ['public', genericSchema],
      poolConfig: { max: Number(process.env.GENERIC_CONNECTIONS ?? 10), options: '-c jit=off' },
      pgSettings: () => ({ role: 'pvr_app' }),
    }),
  ],
  grafserv: { graphqlOverGET: true },
};

const instance = postgraphile(preset);
const serv = instance.createServ(grafserv);
const server = createServer();
await serv.addTo(server, false);
server.listen(Number(process.env.PORT ?? 4130), '127.0.0.1');
process.on('SIGTERM', () => {
  server.close();
  void Promise.resolve(instance.release()).then(() => process.exit(0));
});
