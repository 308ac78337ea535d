import * as z from 'zod';

/**
 * The backend's whole environment, parsed once. Nothing else reads `process.env`.
 * Defaults are the safe ones: the demo login must be switched on explicitly (`npm start` does).
 */
const EnvSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(8080),
    HOST: z.string().default('127.0.0.1'),
    DATA_DIR: z.string().default('.data'),
    DB_DRIVER: z.enum(['embedded', 'postgres', 'wxcloud']).default('embedded'),
    DATABASE_URL: z.string().optional(),
    AUTH_MODE: z.enum(['dev', 'wx']).default('wx'),
    SESSION_SECRET: z.string().min(32, 'SESSION_SECRET 至少 32 个字符').optional(),
    SESSION_TTL_HOURS: z.coerce
      .number()
      .positive()
      .default(24 * 7),
    /** Mini-program AppID and AppSecret: the HTTP host exchanges `wx.login` codes with them (AUTH_MODE=wx). */
    WX_APPID: z.string().optional(),
    WX_SECRET: z.string().optional(),
    /** `local` accepts `local:<openid>` codes instead of asking WeChat: for trying AUTH_MODE=wx offline. */
    WX_LOGIN: z.enum(['wechat', 'local']).default('wechat'),
    /** Origins allowed to call the API from another site (the H5 console on its own domain), comma-separated. */
    CORS_ORIGINS: z.string().default(''),
    /** Write calls each identity may make per minute on one host. */
    WRITE_RATE_PER_MINUTE: z.coerce.number().int().positive().default(120),
    /** Read calls (and calls of unknown routes) each identity may make per minute on one host. */
    READ_RATE_PER_MINUTE: z.coerce.number().int().positive().default(600),
    /**
     * The proxies whose X-Forwarded-For is believed (addresses or CIDRs, comma-separated, e.g. `127.0.0.1`).
     * Unset: none, so a client cannot pick the address its anonymous calls are limited by.
     */
    TRUST_PROXY: z.string().optional(),
    /** Run the timer jobs (reminders) on this host; with several hosts a lease in the store picks one per run. */
    JOBS: z.enum(['on', 'off']).default('on'),
    /** Multiplies the jobs' intervals; tests shrink them. */
    JOBS_INTERVAL_SCALE: z.coerce.number().positive().default(1),
    STATIC_DIR: z.string().default('dist/h5'),
    LOG_CALLS: z.enum(['on', 'off']).default('on'),
    /** Personal-data keys: `id:base64(32 bytes)` entries, comma-separated; the active one encrypts. */
    PII_KEYS: z.string().optional(),
    PII_ACTIVE_KEY: z.string().optional(),
    /** base64 of 32 bytes: the key of the search hashes of phones and ID numbers. */
    PII_HASH_KEY: z.string().optional(),
    /** Subscribe-message template ids (WeChat); without them reminders are in-app notices only. */
    WX_TEMPLATE_ACTIVITY_REMINDER: z.string().optional(),
    WX_TEMPLATE_MEETING_MISSING: z.string().optional(),
    WX_TEMPLATE_STUDY_PLAN: z.string().optional(),
    WX_TEMPLATE_NOTICE_REMINDER: z.string().optional(),
    /** WeChat Pay for dues (cloud payment API): the merchant number bound to the environment, and the env id. */
    WX_PAY_SUB_MCH_ID: z.string().optional(),
    WX_PAY_ENV_ID: z.string().optional(),
    /** Where uploaded files live: a folder under DATA_DIR (one machine) or S3-compatible storage (many). */
    FILES_DRIVER: z.enum(['local', 's3']).default('local'),
    S3_ENDPOINT: z.string().url('S3_ENDPOINT 应为完整地址，如 https://s3.example.com').optional(),
    S3_REGION: z.string().default('us-east-1'),
    S3_BUCKET: z.string().optional(),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    /** `on`: endpoint/bucket/key (MinIO, Ceph); `off`: bucket.endpoint/key (AWS, COS, OSS). */
    S3_PATH_STYLE: z.enum(['on', 'off']).default('on'),
    /** The study assistant's model: none (answers quote passages), an OpenAI-compatible endpoint, or WeChat cloud AI. */
    MODEL_DRIVER: z.enum(['local', 'openai', 'wxcloud']).default('local'),
    MODEL_NAME: z.string().optional(),
    MODEL_BASE_URL: z.string().url('MODEL_BASE_URL 应为完整地址，如 https://api.example.com/v1').optional(),
    MODEL_API_KEY: z.string().optional(),
  })
  .superRefine((env, ctx) => {
    if (env.DB_DRIVER === 'postgres' && !env.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'DB_DRIVER=postgres 需要 DATABASE_URL' });
    }
    if (env.FILES_DRIVER === 's3')
      for (const name of ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const)
        if (!env[name]) ctx.addIssue({ code: 'custom', path: [name], message: `FILES_DRIVER=s3 需要 ${name}` });
    const modelNeeds = { local: [], openai: ['MODEL_BASE_URL', 'MODEL_NAME'], wxcloud: ['MODEL_NAME'] } as const;
    for (const name of modelNeeds[env.MODEL_DRIVER])
      if (!env[name])
        ctx.addIssue({ code: 'custom', path: [name], message: `MODEL_DRIVER=${env.MODEL_DRIVER} 需要 ${name}` });
  });

export type Env = z.infer<typeof EnvSchema>;

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join('\n')}`);
  }
  return result.data;
}
