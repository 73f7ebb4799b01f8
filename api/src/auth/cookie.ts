import type { FastifyReply, FastifyRequest } from 'fastify';

export type CookiePolicy = { secure: boolean };

/** `__Host-` binds the cookie to this origin, but browsers only accept it with Secure. */
export const cookieName = (policy: CookiePolicy) => (policy.secure ? '__Host-pvr_session' : 'pvr_session');

export function setSessionCookie(reply: FastifyReply, policy: CookiePolicy, token: string, expiresAt: Date): void {
  reply.setCookie(cookieName(policy), token, {
    httpOnly: true,
    secure: policy.secure,
    sameSite: 'strict',
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, policy: CookiePolicy): void {
  reply.clearCookie(cookieName(policy), { httpOnly: true, secure: policy.secure, sameSite: 'strict', path: '/' });
}

export const sessionTokenOf = (request: FastifyRequest, policy: CookiePolicy): string | undefined =>
  request.cookies[cookieName(policy)];
