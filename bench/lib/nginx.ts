import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { waitForPort } from "./ports";

export type NginxPorts = { staticPort: number; proxyPort: number; appPort: number };

/** Replaces `from` (which must be there: the deployment file and the benchmark stay in step). */
function replaceOnce(config: string, from: string | RegExp, to: string): string {
  const found = typeof from === "string" ? config.includes(from) : from.test(config);
  if (!found) throw new Error(`deploy/nginx.conf no longer contains ${String(from)}: update bench/lib/nginx.ts`);
  return config.replace(from, to);
}

/**
 * deploy/nginx.conf with only ports and paths replaced: its caching proxy in front of the app on
 * `proxyPort`, plus a static-file server for `dir/static` on `staticPort` (the physical limit of
 * serving those bytes on this machine). Everything of ours lives in `dir` (pid, logs, cache,
 * temp files); nginx runs in the foreground, never as the system service.
 */
export async function nginxConfig(dir: string, { staticPort, proxyPort, appPort }: NginxPorts, asRoot: boolean): Promise<string> {
  const at = (name: string) => path.join(dir, name);
  let config = await readFile("deploy/nginx.conf", "utf8");
  config = replaceOnce(config, /^pid .*$/m, `pid ${at("nginx.pid")};`);
  config = replaceOnce(config, /^error_log .*$/m, `error_log ${at("error.log")} warn;\ndaemon off;${asRoot ? "\nuser root;" : ""}`);
  config = replaceOnce(config, "/var/cache/nginx/connected-stories", at("cache"));
  config = replaceOnce(config, "server 127.0.0.1:3000;", `server 127.0.0.1:${appPort};`);
  config = replaceOnce(config, /listen 80;/, `listen 127.0.0.1:${proxyPort};`);
  config = replaceOnce(
    config,
    /^http \{$/m,
    `http {
  client_body_temp_path ${at("temp/body")};
  proxy_temp_path ${at("temp/proxy")};
  fastcgi_temp_path ${at("temp/fastcgi")};
  uwsgi_temp_path ${at("temp/uwsgi")};
  scgi_temp_path ${at("temp/scgi")};

  server {
    listen 127.0.0.1:${staticPort};
    root ${at("static")};
    types { text/html html; }
    open_file_cache max=64 inactive=60s;
  }
`,
  );
  return config;
}

export type Nginx = { stop: () => Promise<void> };

export async function startNginx(dir: string, ports: NginxPorts): Promise<Nginx> {
  for (const sub of ["static", "cache", "temp"]) await mkdir(path.join(dir, sub), { recursive: true });
  const configFile = path.join(dir, "nginx.conf");
  await writeFile(configFile, await nginxConfig(dir, ports, process.getuid?.() === 0));
  const child: ChildProcess = spawn("nginx", ["-c", configFile, "-p", dir, "-e", path.join(dir, "error.log")], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const failed = exited.then(() => {
    throw new Error(`nginx exited at start; see ${path.join(dir, "error.log")}`);
  });
  await Promise.race([Promise.all([waitForPort(ports.staticPort), waitForPort(ports.proxyPort)]), failed]);
  failed.catch(() => {});
  return {
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      await exited;
    },
  };
}
