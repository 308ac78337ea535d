/** The functions suites the functions-wx project leaves out (functions-wx-skips.js, which jest.config.js reads). */
export const SIGN_NOBODY_IN: string[];
export const SAME_IN_EITHER_MODE: string[];
