/**
 * The client's address, for throttling sign-in per address. A client can send any
 * X-Forwarded-For it likes, so the header is believed only as far as the proxies we trust: with
 * no trusted proxy the address is the socket's; behind N trusted proxies it is the entry the
 * outermost of them appended (each proxy appends the address it received the request from).
 */
export function clientAddress(forwardedFor: string | undefined, socketAddress: string | undefined, trustedProxyHops: number): string {
  const socket = socketAddress ?? "unknown";
  if (trustedProxyHops <= 0) return socket;
  const chain = [...(forwardedFor ?? "").split(",").map((s) => s.trim()).filter(Boolean), socket];
  // chain ends with: ..., client, proxy1, …, proxyN(=socket). The client is N places before the end.
  return chain[chain.length - 1 - trustedProxyHops] ?? chain[0]!;
}
