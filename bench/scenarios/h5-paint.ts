import { measurePaint } from '../../scripts/lib/h5-paint';
import { tokenFor } from '../kit';
import type { BenchScenario } from '../scenario';

/**
 * The H5 first screen, served by the host on the seeded embedded store (one store is enough: it changes only the
 * 首页's data, not what the browser loads): signed out, and the 首页 of a plain member of the demo organisation.
 */
const h5Paint: BenchScenario = {
  name: 'h5-paint',
  order: 60,
  async run(stores) {
    const { host } = await stores.seeded('embedded');
    const paints = await measurePaint(host.url, tokenFor('m-010'));
    return {
      json: { paints },
      markdown: [
        `| H5 first screen (median of ${paints[0]?.runs ?? 0} loads) | FCP ms | LCP ms | page drawn ms | JS bytes | bytes over the wire |`,
        '|---|---:|---:|---:|---:|---:|',
        ...paints.map(
          (p) => `| ${p.profile} | ${p.fcpMs} | ${p.lcpMs} | ${p.pageMs} | ${p.jsBytes} | ${p.transferBytes} |`,
        ),
      ],
    };
  },
};

export default h5Paint;
