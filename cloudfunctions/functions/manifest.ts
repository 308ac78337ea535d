import type { FunctionName } from '../../types/functions';

/**
 * What each cloud function's `config.json` declares to WeChat: the openapi permissions its code uses,
 * its timeout, and its timer triggers. Features add their openapi calls and timers here.
 */
export interface FunctionManifest {
  description: string;
  openapi: string[];
  timeoutSeconds: number;
  triggers: Array<{ name: string; type: 'timer'; config: string }>;
}

export const FUNCTION_MANIFESTS: Record<FunctionName, FunctionManifest> = {
  api: { description: '党员端接口', openapi: [], timeoutSeconds: 10, triggers: [] },
  admin: { description: '管理后台接口', openapi: ['soter.verifySignature'], timeoutSeconds: 20, triggers: [] },
  jobs: { description: '定时任务与部署初始化', openapi: [], timeoutSeconds: 60, triggers: [] },
};
