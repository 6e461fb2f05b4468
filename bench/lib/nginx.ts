import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { waitForPort } from "./ports";

export type NginxPorts = { staticPort: number; proxyPort: number; appPort: number };

/**
 * One nginx of our own (never the system service), configured in `dir`: a static-file server for
 * `dir/static` (the physical limit of serving those bytes on this machine) and a caching proxy in
 * front of the app that honours its `Cache-Control: s-maxage, stale-while-revalidate`, as a CDN
 * would. `X-Cache-Status` tells whether an answer came from the cache.
 */
export function nginxConfig(dir: string, { staticPort, proxyPort, appPort }: NginxPorts, asRoot: boolean): string {
  const at = (name: string) => path.join(dir, name);
  return `
${asRoot ? "user root;" : ""}
worker_processes auto;
daemon off;
pid ${at("nginx.pid")};
error_log ${at("error.log")} warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  keepalive_timeout 65;
  keepalive_requests 1000000;
  types { text/html html; }
  default_type application/octet-stream;
  open_file_cache max=64 inactive=60s;
  client_body_temp_path ${at("temp/body")};
  proxy_temp_path ${at("temp/proxy")};
  fastcgi_temp_path ${at("temp/fastcgi")};
  uwsgi_temp_path ${at("temp/uwsgi")};
  scgi_temp_path ${at("temp/scgi")};
  proxy_cache_path ${at("cache")} levels=1:2 keys_zone=pages:10m max_size=256m inactive=10m use_temp_path=off;

  upstream app {
    server 127.0.0.1:${appPort};
    keepalive 64;
  }

  server {
    listen 127.0.0.1:${staticPort};
    root ${at("static")};
  }

  server {
    listen 127.0.0.1:${proxyPort};
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_cache pages;
      proxy_cache_lock on;
      proxy_cache_background_update on;
      proxy_cache_use_stale updating error timeout http_500 http_502 http_503 http_504;
      add_header X-Cache-Status $upstream_cache_status always;
    }
  }
}
`;
}

export type Nginx = { stop: () => Promise<void> };

export async function startNginx(dir: string, ports: NginxPorts): Promise<Nginx> {
  for (const sub of ["static", "cache", "temp"]) await mkdir(path.join(dir, sub), { recursive: true });
  const configFile = path.join(dir, "nginx.conf");
  await writeFile(configFile, nginxConfig(dir, ports, process.getuid?.() === 0));
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
