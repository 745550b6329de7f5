/** Reads Prometheus text exposition with a real parser (parse-prometheus-text-format), typed for the tests. */
import { createRequire } from 'node:module';

export interface MetricFamily {
  name: string;
  type: string;
  metrics: { labels?: Record<string, string>; value?: string; count?: string; sum?: string }[];
}

const parse = createRequire(import.meta.url)('parse-prometheus-text-format') as (text: string) => MetricFamily[];

/** Every family in `text` by name, with the text itself (see sampleSum). */
export type Scrape = Map<string, MetricFamily> & { text: string };

/** Every family in `text`, by name; throws when the text is not valid exposition format. */
export function parseMetrics(text: string): Scrape {
  return Object.assign(new Map(parse(text).map((family) => [family.name, family])), { text });
}

/**
 * The sum of a counter's or gauge's samples whose labels include `labels`; for a histogram, its number of
 * observations. The parser drops the labels, `_count` and `_sum` of labelled histograms, so those are read
 * from the `<name>_count` lines of the text.
 */
export function sampleSum(scrape: Scrape, name: string, labels: Record<string, string> = {}): number {
  const family = scrape.get(name);
  if (family === undefined) throw new Error(`no metric family ${name}`);
  if (family.type === 'HISTOGRAM') {
    let sum = 0;
    for (const match of scrape.text.matchAll(new RegExp(`^${name}_count(?:\\{([^}]*)\\})? (\\S+)$`, 'gm'))) {
      const found = Object.fromEntries([...(match[1] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
      if (Object.entries(labels).every(([k, v]) => found[k] === v)) sum += Number(match[2]);
    }
    return sum;
  }
  return family.metrics
    .filter((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v))
    .reduce((sum, m) => sum + Number(m.value ?? 0), 0);
}
