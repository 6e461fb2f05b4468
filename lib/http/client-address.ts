import { isIP } from "node:net";

/**
 * Which address a request comes from, decided once by the server in front of Next.js
 * (scripts/lib/front-door.ts, docs/decisions/0011-custom-server.md) from the socket and the
 * number of proxies the deployment trusts. Nothing here reads a header a client alone can choose.
 */

/** TRUSTED_PROXY_HOPS: how many proxies in front of the app write X-Forwarded-For. Default 0. */
export function parseTrustedProxyHops(raw: string | undefined): number {
  const text = raw?.trim() ?? "";
  if (text === "") return 0;
  const value = Number(text);
  if (!/^\d{1,2}$/.test(text) || value > 10) {
    throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to 10 (proxies in front of the app), got "${raw}"`);
  }
  return value;
}

function forwardedAddresses(forwardedFor: string | undefined): string[] {
  return (forwardedFor ?? "").split(",").map((part) => part.trim()).filter(Boolean);
}

/**
 * The address `hops` places from the right of X-Forwarded-For followed by the socket's peer: with
 * no proxy the peer itself; behind one proxy the address that proxy saw. When the chain is shorter
 * than the configuration expects (a request that bypassed the proxy), the peer: whatever such a
 * client wrote in the header is its own choice.
 */
export function clientAddressFrom(socketAddress: string | undefined, forwardedFor: string | undefined, hops: number): string {
  const peer = socketAddress ?? "unknown";
  const chain = [...forwardedAddresses(forwardedFor), peer];
  return chain.length > hops ? chain[chain.length - 1 - hops]! : peer;
}

/** Loopback, private (RFC 1918, unique local) or link-local: where a proxy of our own would sit. */
export function isInternalAddress(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.replace(/^::ffff:/i, "");
  if (isIP(plain) === 4) {
    const [a, b] = plain.split(".").map(Number) as [number, number];
    return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
  }
  const lower = plain.toLowerCase();
  return lower === "::1" || lower.startsWith("fc") || lower.startsWith("fd") || lower.startsWith("fe80:");
}

/**
 * What a request's headers say about a configuration that does not match the deployment, as a
 * sentence for the server's log; null when they agree.
 */
export function proxyConfigurationMismatch(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  hops: number,
): string | null {
  const forwarded = forwardedAddresses(forwardedFor);
  if (hops === 0 && forwarded.length > 0 && isInternalAddress(socketAddress)) {
    return (
      `a request from ${socketAddress} carried X-Forwarded-For, but TRUSTED_PROXY_HOPS is 0: if a proxy runs in front ` +
      "of the app, every visitor now shares its address and rate limit; set TRUSTED_PROXY_HOPS to the number of proxies"
    );
  }
  if (hops > 0 && forwarded.length < hops) {
    return (
      `TRUSTED_PROXY_HOPS is ${hops}, but a request from ${socketAddress ?? "an unknown address"} carried ` +
      `${forwarded.length === 0 ? "no X-Forwarded-For" : `only ${forwarded.length} X-Forwarded-For address(es)`}: ` +
      "the app is reachable without the proxy, or the proxy does not set the header (deploy/nginx.conf does)"
    );
  }
  return null;
}
