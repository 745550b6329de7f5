/**
 * The engine's one error type. `code` is snake_case and stable (the API, SDK and UI switch on it);
 * `message` is plain English a user can read.
 */
export class EngineError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = 'EngineError';
    this.code = code;
  }
}
