import { SERVICE_CONNECT_URL, SERVICE_IP_RANGE, SERVICE_NAME } from 'astro:env/server';
import { parseServiceConfig } from './service-schema';

/** The configured service, validated once when the site is built. */
export const service = parseServiceConfig({
  name: SERVICE_NAME,
  connectUrl: SERVICE_CONNECT_URL,
  ipRange: SERVICE_IP_RANGE,
});
