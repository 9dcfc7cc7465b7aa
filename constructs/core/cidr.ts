/** IPv4 CIDR arithmetic for the synth-time network checks (parsing, containment, overlap). */

export interface Cidr {
  readonly text: string;
  /** First address as an unsigned 32-bit number. */
  readonly start: number;
  /** Last address, inclusive. */
  readonly end: number;
  readonly prefixLength: number;
}

const CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

/**
 * Parses `a.b.c.d/n`. Returns a reason string instead when the text is not a canonical IPv4 CIDR
 * (octets 0-255, prefix 0-32, no host bits set: Azure rejects `10.0.0.1/24`).
 */
export function parseCidr(text: string): Cidr | string {
  const m = CIDR.exec(text);
  if (!m) return "must be an IPv4 CIDR such as 10.10.0.0/16";
  const octets = m.slice(1, 5).map(Number);
  const prefixLength = Number(m[5]);
  if (octets.some((o) => o > 255)) return "each octet must be 0-255";
  if (prefixLength > 32) return "the prefix length must be 0-32";
  const address = octets.reduce((acc, o) => acc * 256 + o, 0);
  const size = 2 ** (32 - prefixLength);
  if (address % size !== 0) return `host bits are set: the network address of /${prefixLength} must be a multiple of ${size}`;
  return { text, start: address, end: address + size - 1, prefixLength };
}

export function contains(outer: Cidr, inner: Cidr): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  return a.start <= b.end && b.start <= a.end;
}
