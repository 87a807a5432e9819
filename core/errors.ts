/** A failure in words a seller understands: what failed, where, what to do. */
export interface UserError {
  code: 'invalid-request' | 'invalid-data' | 'not-found' | 'conflict' | 'storage-failed' | 'unauthorized' | 'internal';
  message: string;
  /** One line per problem, each naming its place (row, field) when there is one. */
  details?: string[];
}

/**
 * An error meant for the seller: code, a sentence in their language, one detail line per problem.
 * Services throw it; the request handler turns it into a `UserError` reply unchanged.
 */
export class UserFacingError extends Error {
  readonly code: UserError['code'];
  readonly details: string[] | undefined;

  constructor(code: UserError['code'], message: string, details?: string[]) {
    super(message);
    this.name = 'UserFacingError';
    this.code = code;
    this.details = details && details.length > 0 ? details : undefined;
  }

  toUserError(): UserError {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}
