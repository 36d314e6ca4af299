/**
 * The addresses other devices can use to reach this server: PUBLIC_URL when set (behind a
 * proxy); otherwise, when listening on every interface, one per network address of this
 * computer; otherwise none (only this computer can open it). The join screen and its QR code
 * use these, never "localhost".
 */
import { networkInterfaces } from 'node:os';
import type { ServerConfig } from '../config';

export function lanAddresses(port: number): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((net) => net !== undefined && net.family === 'IPv4' && !net.internal)
    .map((net) => `http://${net?.address}:${port}/`);
}

export function joinAddresses(config: ServerConfig, port: number): string[] {
  if (config.publicUrl)
    return [config.publicUrl.endsWith('/') ? config.publicUrl : `${config.publicUrl}/`];
  if (config.host === '0.0.0.0' || config.host === '::') return lanAddresses(port);
  return [];
}
