import { measurePaint } from '../../scripts/lib/h5-paint';
import type { BenchScenario } from '../scenario';

/** The H5 first screen, served by the host (once: the store does not change what the browser loads). */
const h5Paint: BenchScenario = {
  name: 'h5-paint',
  order: 60,
  async run(stores) {
    const { host } = await stores.seeded('embedded');
    const paints = await measurePaint(host.url);
    return {
      json: { paints },
      markdown: [
        '| H5 first screen | FCP ms | LCP ms | JS bytes |',
        '|---|---:|---:|---:|',
        ...paints.map((p) => `| ${p.profile} | ${p.fcpMs} | ${p.lcpMs} | ${p.jsBytes} |`),
      ],
    };
  },
};

export default h5Paint;
