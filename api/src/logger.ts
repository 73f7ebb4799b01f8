import type { FastifyServerOptions } from 'fastify';
import type { Config } from './config.ts';

/**
 * Keys that hold personal data wherever they appear in a logged object (one or two levels
 * down): removed before the line is written, in case a future log call passes a record or an
 * input by mistake. Bodies, query strings and parameters are never logged at all.
 */
const personalKeys = ['email', 'phone', 'fullName', 'name', 'otherPartyName', 'otherPartyPhone', 'body', 'summary', 'note', 'evidenceNote', 'message', 'variables', 'input', 'contentBase64', 'query', 'params', 'password'];

/**
 * Structured logs with request ids and timings. Nothing personal: no bodies, no cookies, no
 * query strings (a search term can be a name), no IPs, only method, path and status; an error
 * is logged by its kind and code, not its message (a parser's or driver's message can quote
 * the submitted text).
 */
export function loggerOptions(config: Config): FastifyServerOptions['logger'] {
  if (config.env === 'test' && config.logLevel === 'info') return false;
  return {
    level: config.logLevel,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        ...personalKeys.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: (err: Error & { code?: unknown; statusCode?: unknown }) => ({
        type: err.name,
        message: '[redacted]',
        code: typeof err.code === 'string' ? err.code : undefined,
        statusCode: typeof err.statusCode === 'number' ? err.statusCode : undefined,
        // The frames only: the stack's first line repeats the message.
        stack: err.stack?.split('\n').slice(1, 8).join('\n') ?? '',
      }),
    },
  };
}
