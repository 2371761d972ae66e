import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export interface BuilderConfig {
  /** The content root (`campaigns/`). */
  contentDir: string;
  /** Where sends, uploads and the outbox live (`.chorus/`). */
  chorusDir: string;
  /** Loopback unless in team mode: anyone who can reach a local builder is its one user. */
  host: string;
  port: number;
  /** Server-side only: never sent to the browser. */
  resendApiKey?: string;
  /** Resend's signing secret (`whsec_…`): turns on `POST /webhooks/resend`. Server-side only. */
  resendWebhookSecret?: string;
  /** The built client (`dist/client`); absent in API-only tests. */
  clientDir?: string;
  /** Largest recipients CSV accepted, in bytes. */
  maxUploadBytes: number;
  now: () => Date;
  /**
   * Team mode (`CHORUS_MODE=team`): every page and API route needs a signed-in person, who sees and does
   * only what their organization and roles allow. Absent: one local user with every right.
   */
  team?: TeamConfig;
}

export interface TeamConfig {
  /** The builder's public origin, for sign-in links and cookies (`CHORUS_PUBLIC_URL`). */
  publicUrl: string;
  /** Signs sessions (`CHORUS_AUTH_SECRET`, 32 characters or more). Server-side only. */
  authSecret: string;
  /** PostgreSQL (`DATABASE_URL`); without it the embedded database in `<chorusDir>/team-db/`. */
  databaseUrl?: string;
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host);
}

/** The repository root: the nearest folder above this module that holds pnpm-workspace.yaml. */
export function repoRoot(from = path.dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

/** The app folder (`apps/builder`), found from this module in `src/server` or `dist/server`. */
export function appDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
}

export class ConfigError extends Error {}

/**
 * Configuration from the environment: 127.0.0.1 by default, one local user. A builder other machines can
 * reach is always in team mode, where each person signs in (decision 39: it replaced the shared token).
 */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): BuilderConfig {
  const root = repoRoot();
  const host = env.CHORUS_HOST?.trim() || "127.0.0.1";
  if (env.CHORUS_TOKEN?.trim())
    throw new ConfigError(
      "CHORUS_TOKEN is retired: a builder that others reach runs in team mode, where each person signs in with their own email (CHORUS_MODE=team, CHORUS_AUTH_SECRET, CHORUS_PUBLIC_URL; see the builder's README). Remove CHORUS_TOKEN to start.",
    );
  if (!isLoopback(host) && env.CHORUS_MODE?.trim() !== "team") {
    throw new ConfigError(
      `CHORUS_HOST=${host} would let other machines reach the builder: that needs team mode, where each person signs in (CHORUS_MODE=team with CHORUS_AUTH_SECRET and an https CHORUS_PUBLIC_URL)`,
    );
  }
  const port = Number(env.PORT ?? env.CHORUS_PORT ?? 4173);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT=${env.PORT} is not a port`);
  const team = teamFromEnv(env, host, port);
  const contentDir = path.resolve(env.CHORUS_CONTENT_DIR ?? path.join(root, "campaigns"));
  return {
    contentDir,
    chorusDir: path.resolve(env.CHORUS_DIR ?? path.join(path.dirname(contentDir), ".chorus")),
    host,
    port,
    ...(env.RESEND_API_KEY ? { resendApiKey: env.RESEND_API_KEY } : {}),
    ...(env.RESEND_WEBHOOK_SECRET?.trim() ? { resendWebhookSecret: env.RESEND_WEBHOOK_SECRET.trim() } : {}),
    clientDir: path.resolve(env.CHORUS_CLIENT_DIR ?? path.join(appDir(), "dist", "client")),
    maxUploadBytes: Number(env.CHORUS_MAX_UPLOAD_BYTES ?? 5 * 1024 * 1024),
    now: () => new Date(),
    ...(team ? { team } : {}),
  };
}

function teamFromEnv(env: NodeJS.ProcessEnv, host: string, port: number): TeamConfig | undefined {
  const mode = env.CHORUS_MODE?.trim() || "local";
  if (mode !== "local" && mode !== "team")
    throw new ConfigError(`CHORUS_MODE must be local or team (got "${mode}")`);
  if (mode === "local") return undefined;
  const authSecret = env.CHORUS_AUTH_SECRET?.trim() ?? "";
  if (authSecret.length < 32)
    throw new ConfigError(
      "team mode needs CHORUS_AUTH_SECRET: at least 32 random characters, e.g. from `openssl rand -base64 48`",
    );
  const publicUrl =
    env.CHORUS_PUBLIC_URL?.trim() || `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  if (!URL.canParse(publicUrl) || !/^https?:$/.test(new URL(publicUrl).protocol))
    throw new ConfigError(
      `CHORUS_PUBLIC_URL must be the builder's address, such as https://chorus.example.org`,
    );
  if (
    !isLoopback(new URL(publicUrl).hostname.replace(/^\[(.*)\]$/, "$1")) &&
    new URL(publicUrl).protocol !== "https:"
  )
    throw new ConfigError(
      "CHORUS_PUBLIC_URL must be https:// when the builder is reached beyond this machine",
    );
  return {
    publicUrl: new URL(publicUrl).origin,
    authSecret,
    ...(env.DATABASE_URL?.trim() ? { databaseUrl: env.DATABASE_URL.trim() } : {}),
  };
}
