/**
 * The OpenTelemetry Collector configuration that moves Confluent Cloud metrics into Azure Monitor:
 * a Prometheus scrape of Confluent's metrics export endpoint, exported to Application Insights (and so
 * to its Log Analytics workspace). Generated, not hand-kept, so the scrape targets follow the clusters.
 * Credentials and cluster ids are read from the environment (`${env:NAME}`), never written into it.
 */

/** The environment variables the generated configuration reads. */
export const COLLECTOR_ENV = {
  apiKey: "CONFLUENT_METRICS_API_KEY",
  apiSecret: "CONFLUENT_METRICS_API_SECRET",
  connectionString: "APPLICATIONINSIGHTS_CONNECTION_STRING",
  /** One per cluster: `KAFKA_CLUSTER_ID_0`, `KAFKA_CLUSTER_ID_1`, ... */
  clusterIdPrefix: "KAFKA_CLUSTER_ID_",
  /** Where the container receives the whole configuration (`--config=env:OTEL_COLLECTOR_CONFIG`). */
  config: "OTEL_COLLECTOR_CONFIG",
} as const;

/** Confluent Cloud's Prometheus-format export of cluster metrics (Metrics API v2). */
export const CONFLUENT_METRICS_EXPORT = { host: "api.telemetry.confluent.cloud", path: "/v2/metrics/cloud/export" } as const;

/** Port of the collector's health_check extension (the container's probes call it). */
export const COLLECTOR_HEALTH_PORT = 13133;

export interface ConfluentMetricsConfigOptions {
  /** How many clusters are scraped (their ids come from KAFKA_CLUSTER_ID_<i>). */
  readonly clusterCount: number;
  /** Confluent aggregates per minute; scraping faster only repeats points. */
  readonly scrapeIntervalSeconds: number;
}

const env = (name: string) => `\${env:${name}}`;

/** The collector configuration as an object (JSON is valid collector YAML). */
export function confluentMetricsConfig(options: ConfluentMetricsConfigOptions): Record<string, unknown> {
  const clusterIds = Array.from({ length: options.clusterCount }, (_, i) => env(`${COLLECTOR_ENV.clusterIdPrefix}${i}`));
  const receiver = "prometheus/confluent";
  return {
    receivers: {
      [receiver]: {
        config: {
          scrape_configs: [
            {
              job_name: "confluent-cloud",
              scrape_interval: `${options.scrapeIntervalSeconds}s`,
              // The export endpoint can take tens of seconds for many clusters.
              scrape_timeout: `${Math.min(options.scrapeIntervalSeconds, 60)}s`,
              // Confluent's points carry their own (minute) timestamps.
              honor_timestamps: true,
              scheme: "https",
              metrics_path: CONFLUENT_METRICS_EXPORT.path,
              params: { "resource.kafka.id": clusterIds },
              basic_auth: { username: env(COLLECTOR_ENV.apiKey), password: env(COLLECTOR_ENV.apiSecret) },
              static_configs: [{ targets: [CONFLUENT_METRICS_EXPORT.host] }],
            },
          ],
        },
      },
    },
    processors: {
      memory_limiter: { check_interval: "1s", limit_percentage: 80, spike_limit_percentage: 20 },
      batch: {},
    },
    exporters: { azuremonitor: { connection_string: env(COLLECTOR_ENV.connectionString) } },
    extensions: { health_check: { endpoint: `0.0.0.0:${COLLECTOR_HEALTH_PORT}` } },
    service: {
      extensions: ["health_check"],
      pipelines: { metrics: { receivers: [receiver], processors: ["memory_limiter", "batch"], exporters: ["azuremonitor"] } },
    },
  };
}

/**
 * The configuration as the value of an attribute in Terraform JSON: `${` and `%{` start Terraform
 * templates, so they are doubled to reach the container literally.
 */
export function confluentMetricsConfigText(options: ConfluentMetricsConfigOptions): string {
  return JSON.stringify(confluentMetricsConfig(options)).replace(/([$%])\{/g, (_, sigil: string) => `${sigil}${sigil}{`);
}
