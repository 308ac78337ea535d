import { spawn, type ChildProcess } from 'node:child_process';
import { TEST_SECRETS } from './demo-store';
import { onFreePort } from '../../scripts/lib/free-port';

/** A real host process (`cloudfunctions/hosts/serve.ts`), as it runs in production, on a free port. */
export interface HostProcess {
  process: ChildProcess;
  url: string;
  call(route: string, input: unknown, token?: string): Promise<{ ok: boolean; data?: any; error?: any }>;
}

export async function startHostProcess(env: Record<string, string>): Promise<HostProcess> {
  const { port, child } = await onFreePort((port) => spawnHost(port, env));
  const url = `http://127.0.0.1:${port}`;
  return {
    process: child,
    url,
    async call(route, input, token) {
      const response = await fetch(`${url}/api/${route}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(input),
      });
      return (await response.json()) as { ok: boolean; data?: any; error?: any };
    },
  };
}

/** The host on `port`, once it says it is listening; a host that exits first rejects with what it printed. */
async function spawnHost(port: number, env: Record<string, string>): Promise<{ port: number; child: ChildProcess }> {
  // One process, not the tsx launcher plus a child: a signal must reach the server itself.
  const child = spawn(process.execPath, ['--import', 'tsx', 'cloudfunctions/hosts/serve.ts'], {
    env: {
      ...process.env,
      ...TEST_SECRETS,
      PORT: String(port),
      AUTH_MODE: 'wx',
      WX_LOGIN: 'local',
      LOG_CALLS: 'off',
      WRITE_RATE_PER_MINUTE: '10000',
      READ_RATE_PER_MINUTE: '100000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    const timeout = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('host did not start'));
    }, 30_000);
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening on')) {
        clearTimeout(timeout);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`host exited with ${code}: ${errors}`)));
  });
  return { port, child };
}

export function stopped(host: HostProcess): Promise<number | null> {
  if (host.process.exitCode !== null || host.process.signalCode !== null) return Promise.resolve(host.process.exitCode);
  return new Promise((resolve) => host.process.on('exit', (code) => resolve(code)));
}
