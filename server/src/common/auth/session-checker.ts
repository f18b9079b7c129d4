/**
 * Whether the session named by an access token (`sid`) is still open. Bound by the auth module;
 * the access guard and the WebSocket handshake ask it once per HTTP request / per connection, so
 * `common/` need not know how sessions are stored.
 */
export interface SessionChecker {
  isActive(sessionId: string): Promise<boolean>;
}

export const SESSION_CHECKER = Symbol('SESSION_CHECKER');
