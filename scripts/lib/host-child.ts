import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { onFreePort } from './free-port';

/** One call as the host logs it (pino JSON, `msg: "call"`). */
export type CallLine = { route: string; reads: number; writes: number; ms: number; storeMs: number };

/**
 * The HTTP host in its own process (`cloudfunctions/hosts/serve.ts`, as it runs in production), so the
 * benchmark measures the host's memory apart from the load generator's, and reads the host's per-call
 * records from its structured logs as an operator would.
 */
export interface HostChild {
  url: string;
  /** Call records parsed from the host's log so far; clear it to start a measurement. */
  calls: CallLine[];
  /** The host's peak resident memory since the last reset (Linux VmHWM), MB. */
  peakRssMb(): number;
  resetPeak(): void;
  /** Waits until the host's log has been quiet for a moment, so every call so far is in `calls`. */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

export function startHostChild(env: Record<string, string>, startTimeoutMs = 180_000): Promise<HostChild> {
  return onFreePort((port) => startHostChildOn(port, env, startTimeoutMs));
}

async function startHostChildOn(port: number, env: Record<string, string>, startTimeoutMs: number): Promise<HostChild> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'cloudfunctions/hosts/serve.ts'], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_CALLS: 'on' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const calls: CallLine[] = [];
  let lastOutput = Date.now();
  let pending = '';
  let errors = '';
  const listening = new Promise<void>((resolve, reject) => {
    const timeout = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`host did not start: ${errors}`));
    }, startTimeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      lastOutput = Date.now();
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line.includes('listening on')) {
          clearTimeout(timeout);
          resolve();
        }
        if (!line.startsWith('{') || !line.includes('"msg":"call"')) continue;
        const record = JSON.parse(line) as CallLine;
        calls.push({
          route: record.route,
          reads: record.reads,
          writes: record.writes,
          ms: record.ms,
          storeMs: record.storeMs,
        });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`host exited with ${code}: ${errors}`)));
  });
  await listening;
  const status = () => readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    peakRssMb() {
      const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status())?.[1] ?? 0);
      return Math.round(kb / 1024);
    },
    resetPeak() {
      // Writing 5 to clear_refs resets the peak to the current resident size (Linux ≥ 4.0).
      writeFileSync(`/proc/${child.pid}/clear_refs`, '5');
    },
    async settle() {
      while (Date.now() - lastOutput < 150) await new Promise((resolve) => setTimeout(resolve, 50));
    },
    stop() {
      if (child.exitCode !== null) return Promise.resolve();
      return new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    },
  };
}
