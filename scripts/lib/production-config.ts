import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);
const DEFAULT_SECRET_FILE = path.resolve(".data/form-secret");

/**
 * Why the production server must not start with this environment (docs/decisions/0012): with a
 * database of its own (DATABASE_URL) the site is a real deployment, whose form tokens must not be
 * signed with the public development secret; share links and canonical URLs must be https unless
 * the site is only served to this machine.
 */
export function unsafeProductionSettings(env: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  if (env.DATABASE_URL && !env.FORM_SECRET) {
    problems.push(
      "FORM_SECRET is not set. With DATABASE_URL the server is a real deployment: set FORM_SECRET to a long random " +
        "value (the same on every instance), e.g. `openssl rand -base64 32`.",
    );
  }
  if (env.SITE_URL !== undefined) {
    let url: URL | null = null;
    try {
      url = new URL(env.SITE_URL);
    } catch {
      problems.push(`SITE_URL "${env.SITE_URL}" is not a URL: set the site's public origin, e.g. https://stories.example.org.`);
    }
    if (url && url.protocol !== "https:" && !(url.protocol === "http:" && LOCAL_HOSTS.has(url.hostname))) {
      problems.push(
        `SITE_URL "${env.SITE_URL}" is not https: share links and canonical URLs would point to an insecure origin. ` +
          "Use https://… (http is allowed only for localhost).",
      );
    }
  }
  return problems;
}

/**
 * The form secret of a site on the embedded database: generated on its first production start and
 * kept beside the database under the git-ignored `.data/`, so tokens survive restarts.
 */
export async function keptFormSecret(file = DEFAULT_SECRET_FILE): Promise<string> {
  if (existsSync(file)) {
    const kept = (await readFile(file, "utf8")).trim();
    if (kept) return kept;
  }
  const secret = randomBytes(32).toString("base64url");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
