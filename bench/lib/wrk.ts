import { spawn } from "node:child_process";

export type WrkOptions = { threads: number; connections: number; durationSeconds: number };

/** What a browser sends: compressed answers are what visitors get (nginx compresses). */
export const BROWSER_ACCEPT_ENCODING = "gzip, deflate, br, zstd";

export type WrkResult = {
  requestsPerSecond: number;
  /** Answers in the run. */
  requests: number;
  p50Ms: number;
  p99Ms: number;
  /** Socket errors (connect, read, write, timeout) plus non-2xx/3xx answers. */
  errors: number;
  /** Bytes read per answer, headers included: shows that every answer carried the whole page. */
  bytesPerRequest: number;
};

const UNIT_BYTES: Record<string, number> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** wrk prints durations as `812.00us`, `23.96ms`, `1.06s` (and `m`/`h` for very slow runs). */
export function parseDuration(text: string): number {
  const match = /^([\d.]+)(us|ms|s|m|h)$/.exec(text.trim());
  if (!match) throw new Error(`Unreadable wrk duration: ${text}`);
  return Number(match[1]) * UNIT_MS[match[2]!]!;
}

export function parseWrkOutput(output: string): WrkResult {
  const rps = /^Requests\/sec:\s+([\d.]+)/m.exec(output);
  const requests = /^\s*(\d+) requests in/m.exec(output);
  const p50 = /^\s+50%\s+(\S+)/m.exec(output);
  const p99 = /^\s+99%\s+(\S+)/m.exec(output);
  if (!rps || !requests || !p50 || !p99) throw new Error(`Unreadable wrk output (was --latency given?):\n${output}`);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(output);
  const transfer = /^Transfer\/sec:\s+([\d.]+)(B|KB|MB|GB)/m.exec(output);
  const socketErrors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  return {
    requestsPerSecond: Number(rps[1]),
    requests: Number(requests[1]),
    p50Ms: parseDuration(p50[1]!),
    p99Ms: parseDuration(p99[1]!),
    errors: socketErrors + (non2xx ? Number(non2xx[1]) : 0),
    bytesPerRequest: transfer ? (Number(transfer[1]) * UNIT_BYTES[transfer[2]!]!) / Number(rps[1]) : 0,
  };
}

/** Runs wrk once. Its timeout is longer than the run so slow answers count in the latency. */
export function runWrk(url: string, { threads, connections, durationSeconds }: WrkOptions): Promise<WrkResult> {
  const args = [
    `-t${threads}`,
    `-c${connections}`,
    `-d${durationSeconds}s`,
    `--timeout`,
    `${durationSeconds + 5}s`,
    "--latency",
    "-H",
    `Accept-Encoding: ${BROWSER_ACCEPT_ENCODING}`,
    url,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn("wrk", args);
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`wrk ${args.join(" ")} failed (${code}):\n${output}`));
      try {
        resolve(parseWrkOutput(output));
      } catch (error) {
        reject(error);
      }
    });
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The median of each figure taken separately over several runs; errors are summed. */
export function medianResult(runs: WrkResult[]): WrkResult {
  return {
    requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
    requests: runs.reduce((sum, r) => sum + r.requests, 0),
    p50Ms: median(runs.map((r) => r.p50Ms)),
    p99Ms: median(runs.map((r) => r.p99Ms)),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    bytesPerRequest: Math.min(...runs.map((r) => r.bytesPerRequest)),
  };
}
