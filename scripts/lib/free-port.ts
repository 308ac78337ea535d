import { createServer } from 'node:net';

/** A loopback port nobody listens on right now (the OS picks it), for servers the scripts and tests start. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Starts a server on a free port, and on another one if the port was taken in between: the probe lets the port
 * go before the server binds it, and with test workers side by side another process may take it first.
 */
export async function onFreePort<T>(start: (port: number) => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort();
    try {
      return await start(port);
    } catch (error) {
      if (attempt >= attempts || !portTaken(error)) throw error;
    }
  }
}

function portTaken(error: unknown): boolean {
  const text =
    error instanceof Error ? `${error.message}\n${String((error as { stderr?: unknown }).stderr ?? '')}` : '';
  return /EADDRINUSE|Address already in use|could not start server/.test(text);
}
