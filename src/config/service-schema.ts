import { z } from 'astro/zod';

/**
 * The trading service this guide is written for. Everything a page says
 * about the service comes from here, so a deployment changes it in one place
 * (environment variables, see README "Configuration").
 */
export const ServiceConfigSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'SERVICE_NAME must not be empty')
    .max(80, 'SERVICE_NAME is longer than 80 characters'),
  connectUrl: z
    .url({ protocol: /^https?$/, message: 'SERVICE_CONNECT_URL must be an http(s) URL' })
    .optional(),
  /**
   * The service's IP range exactly as its connection page shows it. No
   * default: when it is not set, the guide tells the user where to copy it.
   */
  ipRange: z.string().trim().min(1).optional(),
});
export type ServiceConfig = z.infer<typeof ServiceConfigSchema>;

/** Parses raw settings; throws one readable message naming every bad setting. */
export function parseServiceConfig(raw: Record<string, unknown>): ServiceConfig {
  const cleaned = Object.fromEntries(
    Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''),
  );
  const result = ServiceConfigSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `- ${i.message}`);
  throw new Error(`Invalid service configuration:\n${lines.join('\n')}`);
}
