import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { routeErrorReply } from './route-errors.ts';

describe('routeErrorReply', () => {
  it('answers 503 with Retry-After while the database is away, however deep the cause', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(routeErrorReply(refused)).toEqual({ status: 503, body: { error: expect.any(String), code: 'SERVICE_UNAVAILABLE' }, retryAfterSeconds: 1 });
    expect(routeErrorReply(new Error('query failed', { cause: { code: '57P01' } }))?.status).toBe(503);
    expect(JSON.stringify(routeErrorReply(refused))).not.toContain('5432');
  });

  it('keeps the status of known errors and refuses to describe unknown ones', () => {
    expect(routeErrorReply(new AppError('NOT_FOUND', 'Not found'))).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
    expect(routeErrorReply(new AppError('TOO_MANY_REQUESTS', 'Slow down'))?.status).toBe(429);
    expect(routeErrorReply(new AppError('BAD_USER_INPUT', 'Bad', { field: 'file' }))?.status).toBe(400);
    expect(routeErrorReply(new TypeError('x is undefined'))).toBeNull();
  });
});
