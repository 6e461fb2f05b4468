import { describe, expect, it } from "vitest";
import { MAX_REQUEST_BODY_BYTES } from "@/lib/http/body-limit";
import { clientAddressFrom, isInternalAddress, parseTrustedProxyHops, proxyConfigurationMismatch } from "@/lib/http/client-address";
import { localeOfPath, requestTooLargePage } from "@/lib/http/request-too-large";
import { PHOTO_MAX_BYTES } from "@/lib/validation/entry-fields";

describe("TRUSTED_PROXY_HOPS", () => {
  it("defaults to 0: no proxy, the address comes from the connection", () => {
    expect(parseTrustedProxyHops(undefined)).toBe(0);
    expect(parseTrustedProxyHops("")).toBe(0);
    expect(parseTrustedProxyHops(" ")).toBe(0);
  });

  it("reads a whole number of proxies", () => {
    expect(parseTrustedProxyHops("0")).toBe(0);
    expect(parseTrustedProxyHops("1")).toBe(1);
    expect(parseTrustedProxyHops(" 2 ")).toBe(2);
  });

  it("refuses anything else rather than guess", () => {
    for (const raw of ["-1", "1.5", "one", "1e3", "11", "0x1"]) {
      expect(() => parseTrustedProxyHops(raw), raw).toThrow(/TRUSTED_PROXY_HOPS/);
    }
  });
});

describe("client address", () => {
  it("without a proxy is the connection's peer, whatever the client wrote", () => {
    expect(clientAddressFrom("203.0.113.9", undefined, 0)).toBe("203.0.113.9");
    expect(clientAddressFrom("203.0.113.9", "6.6.6.6", 0)).toBe("203.0.113.9");
  });

  it("behind proxies is the address that many hops from the right of X-Forwarded-For and the peer", () => {
    expect(clientAddressFrom("10.0.0.2", "203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientAddressFrom("10.0.0.2", "6.6.6.6, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientAddressFrom("10.0.0.3", "6.6.6.6, 203.0.113.9, 10.0.0.2", 2)).toBe("203.0.113.9");
    expect(clientAddressFrom("10.0.0.2", " 6.6.6.6 ,203.0.113.9 ", 1)).toBe("203.0.113.9");
  });

  it("is the peer when the chain is shorter than the proxies configured (the proxy was bypassed)", () => {
    expect(clientAddressFrom("198.51.100.4", undefined, 1)).toBe("198.51.100.4");
    expect(clientAddressFrom("198.51.100.4", "6.6.6.6", 2)).toBe("198.51.100.4");
    expect(clientAddressFrom(undefined, undefined, 0)).toBe("unknown");
  });
});

describe("proxy configuration check", () => {
  it("knows where a proxy of our own sits", () => {
    for (const address of ["127.0.0.1", "::1", "::ffff:127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "fd00::1"]) {
      expect(isInternalAddress(address), address).toBe(true);
    }
    for (const address of ["203.0.113.9", "172.32.0.1", "2001:db8::1", "8.8.8.8", undefined]) {
      expect(isInternalAddress(address), String(address)).toBe(false);
    }
  });

  it("warns when a local proxy forwards but no hop is trusted", () => {
    expect(proxyConfigurationMismatch("127.0.0.1", "203.0.113.9", 0)).toMatch(/TRUSTED_PROXY_HOPS is 0/);
    expect(proxyConfigurationMismatch("203.0.113.9", "6.6.6.6", 0)).toBeNull();
    expect(proxyConfigurationMismatch("127.0.0.1", undefined, 0)).toBeNull();
  });

  it("warns when hops are trusted but the header is missing or short", () => {
    expect(proxyConfigurationMismatch("10.0.0.2", undefined, 1)).toMatch(/no X-Forwarded-For/);
    expect(proxyConfigurationMismatch("10.0.0.2", "203.0.113.9", 2)).toMatch(/only 1/);
    expect(proxyConfigurationMismatch("10.0.0.2", "203.0.113.9", 1)).toBeNull();
  });
});

describe("request body limit", () => {
  it("leaves room for the form's largest photo and its text", () => {
    expect(MAX_REQUEST_BODY_BYTES).toBeGreaterThanOrEqual(PHOTO_MAX_BYTES + 512 * 1024);
  });

  it("answers in the language of the page's path, with the way back", () => {
    expect(localeOfPath("/en/entry")).toBe("en");
    expect(localeOfPath("/en")).toBe("en");
    expect(localeOfPath("/ja/entry")).toBe("ja");
    expect(localeOfPath("/english")).toBe("ja");
    const { html } = requestTooLargePage("/en/entry");
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('href="/en/entry"');
    expect(html).toContain("6 MB");
    expect(requestTooLargePage("/ja/entry").html).toContain("応募フォームへ戻る");
  });
});
