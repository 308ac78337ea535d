import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { measureColdStart } from '../../scripts/lib/cold-start';
import type { BenchScenario } from '../scenario';

/** Targets of the speed issue: each function's own code adds at most 100 ms; `api` stays within 600 KB. */
const OWN_MS_TARGET = 100;
const API_BYTES_TARGET = 600 * 1024;

/** Fresh processes per function (BENCH_COLD_START_SAMPLES, default five): the smoke run takes one. */
const SAMPLES = Number(process.env.BENCH_COLD_START_SAMPLES ?? 5);

/** Each cloud function's cold start in fresh Node processes (the median of SAMPLES) and the size of its bundle. */
const coldStart: BenchScenario = {
  name: 'cold-start',
  order: 45,
  standalone: true,
  async run() {
    if (!existsSync('dist/cloudfunctions/api/index.js'))
      spawnSync('npm', ['run', '--silent', 'build:cloud'], { stdio: 'ignore' });
    const rows = await measureColdStart(SAMPLES);
    return {
      json: { coldStart: rows },
      markdown: [
        `| cold start | bundle bytes | wx-server-sdk ms | require ms | own code ms (target ≤ ${OWN_MS_TARGET}) | own code CPU ms | first call ms |`,
        '|---|---:|---:|---:|---:|---:|---:|',
        ...rows.map(
          (row) =>
            `| ${row.fn}${row.fn === 'api' ? ` (target ≤ ${API_BYTES_TARGET} bytes)` : ''} | ${row.bytes} | ${row.sdkMs} | ${row.requireMs} | ${row.ownMs} | ${row.ownCpuMs} | ${row.firstCallMs} |`,
        ),
      ],
    };
  },
};

export default coldStart;
