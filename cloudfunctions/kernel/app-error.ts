import { ERROR_CODES, type ErrorCode } from '../../types/errors';

/** Thrown by services to answer with a specific error code; anything else becomes INTERNAL. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = ERROR_CODES[code],
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
