/**
 * Headers sent with every response. The public pages' CSP carries no nonce so they can stay
 * statically cached; the console, rendered per request, gets a nonce from the proxy instead of
 * 'unsafe-inline' (docs/decisions/0003-content-security-policy.md).
 */
export function contentSecurityPolicy(isProduction: boolean, nonce?: string): string {
  const scriptSrc = [
    "'self'",
    ...(nonce ? [`'nonce-${nonce}'`, "'strict-dynamic'"] : ["'unsafe-inline'"]),
    ...(isProduction ? [] : ["'unsafe-eval'"]),
  ];
  return [
    "default-src 'self'",
    `script-src ${scriptSrc.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${isProduction ? "" : " ws:"}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export const CONSOLE_PATHS = "/admin";

/**
 * next.config.ts's static headers: the policy without a nonce everywhere but the console, whose
 * policy the proxy sets per request; the other headers everywhere.
 */
export function staticHeaders(isProduction: boolean): { source: string; headers: { key: string; value: string }[] }[] {
  return [
    { source: `/:path((?!${CONSOLE_PATHS.slice(1)}(?:/|$)).*)`, headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy(isProduction) }] },
    { source: "/:path*", headers: securityHeaders(isProduction) },
  ];
}

export function securityHeaders(isProduction: boolean): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
    { key: "X-Frame-Options", value: "DENY" },
    ...(isProduction ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}
