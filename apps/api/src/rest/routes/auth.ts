import { AuthSessionSchema, OkSchema, UserSchema } from '../schemas/domain.ts';
import type { RestRoute } from '../route.ts';

const SESSION_NOTE = 'The response carries credentials, so it is never stored: an Idempotency-Key is ignored here.';

/** Accounts and sessions. */
export const authRoutes: RestRoute[] = [
  {
    operationId: 'register', method: 'post', path: '/api/v1/auth/register', procedure: 'auth.register', tag: 'Auth',
    summary: 'Create an account',
    description: `Creates an account and signs it in. Passwords are 8–128 characters. ${SESSION_NOTE}`,
    input: 'body', auth: 'none', idempotent: false, errors: [409],
    response: { status: 201, description: 'The new account, signed in.', schema: AuthSessionSchema },
  },
  {
    operationId: 'login', method: 'post', path: '/api/v1/auth/login', procedure: 'auth.login', tag: 'Auth',
    summary: 'Sign in',
    description: `Signs in with email and password. A wrong email and a wrong password fail alike (401 invalid_credentials). ${SESSION_NOTE}`,
    input: 'body', auth: 'none', idempotent: false, errors: [401],
    response: { status: 200, description: 'A new session.', schema: AuthSessionSchema },
  },
  {
    operationId: 'refreshSession', method: 'post', path: '/api/v1/auth/refresh', procedure: 'auth.refresh', tag: 'Auth',
    summary: 'Refresh a session',
    description: `Exchanges a refresh token for a new access token and a new refresh token. Each refresh token works once; presenting a used one ends the whole session (401 refresh_token_reused). ${SESSION_NOTE}`,
    input: 'body', auth: 'none', idempotent: false, errors: [401],
    response: { status: 200, description: 'The rotated session.', schema: AuthSessionSchema },
  },
  {
    operationId: 'logout', method: 'post', path: '/api/v1/auth/logout', procedure: 'auth.logout', tag: 'Auth',
    summary: 'Sign out',
    description: 'Ends the session the refresh token belongs to. Unknown tokens are ignored, so signing out twice is fine.',
    input: 'body', auth: 'none', errors: [],
    response: { status: 200, description: 'Signed out.', schema: OkSchema },
  },
  {
    operationId: 'getMe', method: 'get', path: '/api/v1/auth/me', procedure: 'auth.me', tag: 'Auth',
    summary: 'The signed-in account',
    description: 'The account the access token (or secret key) belongs to.',
    input: 'none', auth: 'bearer', errors: [403],
    response: { status: 200, description: 'The account.', schema: UserSchema },
  },
];
