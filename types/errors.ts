/**
 * Error codes and the result envelope shared by every route, on both sides of the wire.
 * Messages are written for people: Chinese, and they say what to do next.
 */
export const ERROR_CODES = {
  MALFORMED_EVENT: '请求格式不正确，请更新小程序后重试。',
  UNKNOWN_ROUTE: '没有这个功能，请更新小程序后重试。',
  PAYLOAD_TOO_LARGE: '提交的内容太大，请删减后重试。',
  VALIDATION_FAILED: '填写的内容有误，请按提示修改后重试。',
  UNAUTHENTICATED: '登录已失效，请重新登录。',
  NOT_BOUND: '您的微信还没有绑定党员档案，请联系支部管理员获取绑定码。',
  FORBIDDEN: '您没有权限进行此操作，如有需要请联系上级管理员。',
  OUT_OF_SCOPE: '该单位不在您的管理范围内，请选择您所管理的单位。',
  NOT_FOUND: '没有找到相关内容，可能已被删除，请返回刷新。',
  CONFLICT: '数据已被他人修改，请刷新后重试。',
  DEV_LOGIN_DISABLED: '演示登录未开启，请使用微信登录。',
  RATE_LIMITED: '操作太频繁了，请稍等一分钟再试。',
  CONTENT_REJECTED: '内容未通过安全检测，请修改后再提交。',
  INTERNAL: '系统繁忙，请稍后再试；如果一直出现，请联系管理员。',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Per-field messages for form errors, keyed by the dotted input path. */
  fields?: Record<string, string>;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export function okResult<T>(data: T): ApiResult<T> {
  return { ok: true, data };
}

export function errorResult(
  code: ErrorCode,
  message: string = ERROR_CODES[code],
  fields?: Record<string, string>,
): ApiResult<never> {
  return { ok: false, error: fields ? { code, message, fields } : { code, message } };
}

/** HTTP status for an error code: the HTTP host uses it; the envelope stays the source of truth. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  MALFORMED_EVENT: 400,
  UNKNOWN_ROUTE: 404,
  PAYLOAD_TOO_LARGE: 413,
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  NOT_BOUND: 403,
  FORBIDDEN: 403,
  OUT_OF_SCOPE: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  DEV_LOGIN_DISABLED: 403,
  RATE_LIMITED: 429,
  CONTENT_REJECTED: 422,
  INTERNAL: 500,
};
