import type { Id } from '@ensemble/core';

/** The signed-in caller, as the access token names them. */
export interface AuthUser {
  id: Id;
  email: string;
  displayName: string;
}

/**
 * Why a presented token was not accepted; lets a client tell "refresh and retry" from "sign in".
 * 'origin_not_allowed': a valid credential sent from a browser origin it may not be used from.
 */
export type AuthFailure = 'token_expired' | 'token_invalid' | 'origin_not_allowed';
