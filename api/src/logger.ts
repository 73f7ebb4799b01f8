import type { FastifyServerOptions } from 'fastify';
import type { Config } from './config.ts';

/**
 * Structured logs with request ids and timings. Nothing personal: no bodies, no cookies, no
 * query strings (a search term can be a name), only method, path and status.
 */
export function loggerOptions(config: Config): FastifyServerOptions['logger'] {
  if (config.env === 'test' && config.logLevel === 'info') return false;
  return {
    level: config.logLevel,
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'], remove: true },
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}
