import { isIPv4, isIPv6 } from 'node:net';

/**
 * The one place an IP address is made fit to store (DOMAIN.md, § Nettstatistikk): IPv4 keeps
 * its first three groups (195.159.103.82 → 195.159.103.0), IPv6 its first 48 bits.
 * Returns null for anything that is not an IP address.
 */
export function anonymiseIp(address: string | undefined | null): string | null {
  if (!address) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  const ip = mapped?.[1] ?? address;
  if (isIPv4(ip)) return `${ip.split('.').slice(0, 3).join('.')}.0`;
  if (isIPv6(ip)) {
    const groups = expandIpv6(ip.replace(/%.*$/, ''));
    return `${groups.slice(0, 3).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::`;
  }
  return null;
}

function expandIpv6(ip: string): string[] {
  const [head = '', tail] = ip.toLowerCase().split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = tail === undefined ? headGroups : [...headGroups, ...Array<string>(missing).fill('0'), ...tailGroups];
  return groups.map((g) => g.padStart(4, '0'));
}
