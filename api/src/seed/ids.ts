import { createHash } from 'node:crypto';

/**
 * A stable UUID for a seeded row (name-based, in the spirit of UUIDv5), so rows can refer to
 * each other before they are inserted and the demo data keeps the same ids on every install.
 */
export function demoId(kind: string, key: string | number): string {
  const hex = createHash('sha256').update(`personvernregister-demo:${kind}:${key}`).digest('hex');
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
