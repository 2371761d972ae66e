import { createHash, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** One email the server accepted (and so would have delivered). */
export interface AcceptedEmail {
  id: string;
  /** The recipient's address (a `Name <address>` recipient is recorded by its address). */
  to: string;
  from: string;
  subject: string;
  html?: string;
  text?: string;
  headers?: Record<string, string>;
  idempotencyKey?: string;
  broadcastId?: string;
  at: number;
}

/** Faults injected at random (each a probability per request), from a seeded generator. */
export interface FaultRates {
  /** Answer 500 / 502 / 503 without processing. */
  error?: number;
  /** Close the connection without answering, before processing. */
  drop?: number;
  /** Process (deliver) the request, then close the connection without answering: the lost-response case. */
  dropAfterAccept?: number;
  /** Wait `slowMs` before processing. */
  slow?: number;
  slowMs?: number;
}

/** A fault forced on the next request to the batch or emails endpoints. */
export type QueuedFault =
  | { kind: "error"; status?: number }
  | { kind: "drop" }
  | { kind: "drop-after-accept" }
  | { kind: "slow"; ms: number }
  /** Hold the request, after its idempotency key is recorded, until `until` settles: a race with no timer. */
  | { kind: "hold"; until: Promise<unknown> }
  | { kind: "respond"; status: number; name: string; message: string };

export interface ResendServerOptions {
  /** Requests allowed per `perMs` (token bucket with that burst); omit for no limit. */
  rateLimit?: { requests: number; perMs?: number };
  /** Real Resend sends whole seconds; tests may ask for fractions to avoid sleeping whole seconds. */
  retryAfterPrecision?: "seconds" | "milliseconds";
  faults?: FaultRates;
  /** Seed for fault injection, so a run is repeatable. */
  seed?: number;
  /** Refuse individual addresses (permissive batches report them, strict batches fail). */
  refuse?: (to: string) => string | undefined;
}

interface IdempotencyEntry {
  bodyHash: string;
  done: boolean;
  status?: number;
  body?: string;
}

/**
 * A Resend-compatible API on 127.0.0.1 for tests and benchmarks: `POST /emails`,
 * `POST /emails/batch` (strict and permissive validation), `POST /broadcasts`,
 * `POST /broadcasts/:id/send` (fanning out to contacts added with `addContacts`). It enforces a
 * rate limit with Resend's 429 and `retry-after` / `ratelimit-*` headers, stores idempotency
 * keys (a repeated key replays the stored response, an in-flight duplicate gets
 * 409 `concurrent_idempotent_requests`, a reused key with another body 409
 * `invalid_idempotent_request`), injects faults, and records every accepted email.
 */
export class ResendTestServer {
  readonly accepted: AcceptedEmail[] = [];
  /** Every request: path, status (0 = connection dropped) and idempotency key. */
  readonly log: { path: string; status: number; key?: string; at: number }[] = [];
  readonly queue: QueuedFault[] = [];
  faults: FaultRates;
  rateLimit: { requests: number; perMs: number } | undefined;
  /** Called with each request's accepted emails before the response is written. */
  onAccepted: ((emails: AcceptedEmail[], totalAccepted: number) => void) | undefined;
  readonly segments = new Map<string, string[]>();
  readonly broadcasts = new Map<
    string,
    { segmentId: string; from: string; subject: string; sent: boolean }
  >();
  url = "";

  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private readonly idempotency = new Map<string, IdempotencyEntry>();
  private tokens = 0;
  private last = Date.now();
  private random: () => number;

  constructor(private readonly options: ResendServerOptions = {}) {
    this.faults = options.faults ?? {};
    this.rateLimit = options.rateLimit ? { perMs: 1000, ...options.rateLimit } : undefined;
    this.tokens = this.rateLimit?.requests ?? 0;
    this.random = seeded(options.seed ?? 1);
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error) => {
        if (!res.headersSent)
          this.json(res, 500, { statusCode: 500, name: "internal_server_error", message: String(error) });
      });
    });
    this.server.keepAliveTimeout = 5_000;
    this.server.on("connection", (socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
    });
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  addContacts(segmentId: string, emails: string[]): void {
    this.segments.set(segmentId, [...(this.segments.get(segmentId) ?? []), ...emails]);
  }

  /** How many times each address was accepted, lower-cased. */
  deliveries(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const email of this.accepted)
      counts.set(email.to.toLowerCase(), (counts.get(email.to.toLowerCase()) ?? 0) + 1);
    return counts;
  }

  statusCounts(): Record<number, number> {
    const counts: Record<number, number> = {};
    for (const entry of this.log) counts[entry.status] = (counts[entry.status] ?? 0) + 1;
    return counts;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const path = (req.url ?? "/").split("?")[0]!;
    const key = header(req, "idempotency-key");
    const logEntry = { path, status: 0, at: Date.now(), ...(key ? { key } : {}) };
    this.log.push(logEntry);
    const reply = (status: number, payload: unknown, extra: Record<string, string> = {}) => {
      logEntry.status = status;
      this.json(res, status, payload, extra);
    };

    if (!/^Bearer \S+/.test(header(req, "authorization") ?? "")) {
      return reply(401, {
        statusCode: 401,
        name: "missing_api_key",
        message: "Missing API key in the authorization header.",
      });
    }
    if (req.method !== "POST")
      return reply(405, { statusCode: 405, name: "method_not_allowed", message: "Method not allowed" });

    const limit = this.takeToken();
    if (!limit.ok) {
      return reply(
        429,
        { statusCode: 429, name: "rate_limit_exceeded", message: "Too many requests." },
        limit.headers,
      );
    }

    const sending = path === "/emails" || path === "/emails/batch";
    const fault = sending ? this.pickFault() : undefined;
    if (fault?.kind === "error") {
      return reply(fault.status ?? 500, {
        statusCode: fault.status ?? 500,
        name: "internal_server_error",
        message: "Injected fault.",
      });
    }
    if (fault?.kind === "respond")
      return reply(fault.status, { statusCode: fault.status, name: fault.name, message: fault.message });
    if (fault?.kind === "drop") {
      req.socket.destroy();
      return;
    }

    let entry: IdempotencyEntry | undefined;
    const scope = key ? `${path} ${key}` : undefined;
    if (scope) {
      const bodyHash = createHash("sha256").update(body).digest("hex");
      const existing = this.idempotency.get(scope);
      if (existing) {
        if (existing.bodyHash !== bodyHash) {
          return reply(409, {
            statusCode: 409,
            name: "invalid_idempotent_request",
            message: "Same idempotency key used with a different request payload.",
          });
        }
        if (!existing.done) {
          return reply(409, {
            statusCode: 409,
            name: "concurrent_idempotent_requests",
            message: "Same idempotency key used while the original request is still in progress.",
          });
        }
        logEntry.status = existing.status!;
        res.writeHead(existing.status!, { "content-type": "application/json", ...limit.headers });
        res.end(existing.body);
        return;
      }
      entry = { bodyHash, done: false };
      this.idempotency.set(scope, entry);
    }
    if (fault?.kind === "slow") await new Promise((resolve) => setTimeout(resolve, fault.ms));
    if (fault?.kind === "hold") await fault.until;

    const result = this.route(req, path, body);
    if (entry) {
      if (result.status < 300)
        Object.assign(entry, { done: true, status: result.status, body: JSON.stringify(result.payload) });
      else this.idempotency.delete(scope!);
    }
    if (result.accepted.length > 0) this.onAccepted?.(result.accepted, this.accepted.length);
    if (fault?.kind === "drop-after-accept") {
      logEntry.status = 0;
      req.socket.destroy();
      return;
    }
    reply(result.status, result.payload, limit.headers);
  }

  private route(
    req: IncomingMessage,
    path: string,
    raw: string,
  ): { status: number; payload: unknown; accepted: AcceptedEmail[] } {
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return {
        status: 400,
        payload: { statusCode: 400, name: "invalid_json", message: "Body is not JSON." },
        accepted: [],
      };
    }
    const key = header(req, "idempotency-key");
    if (path === "/emails") {
      const problem = validateEmail(body, this.options.refuse);
      if (problem)
        return {
          status: 422,
          payload: { statusCode: 422, name: "validation_error", message: problem },
          accepted: [],
        };
      const email = this.accept(body as Record<string, unknown>, key);
      return { status: 200, payload: { id: email.id }, accepted: [email] };
    }
    if (path === "/emails/batch") {
      if (!Array.isArray(body) || body.length === 0 || body.length > 100) {
        return {
          status: 422,
          payload: { statusCode: 422, name: "validation_error", message: "A batch holds 1 to 100 emails." },
          accepted: [],
        };
      }
      const permissive = header(req, "x-batch-validation") === "permissive";
      const errors: { index: number; message: string }[] = [];
      body.forEach((email, index) => {
        const problem = validateEmail(email, this.options.refuse);
        if (problem) errors.push({ index, message: problem });
      });
      if (errors.length > 0 && !permissive) {
        return {
          status: 422,
          payload: {
            statusCode: 422,
            name: "validation_error",
            message: `emails[${errors[0]!.index}]: ${errors[0]!.message}`,
          },
          accepted: [],
        };
      }
      const refused = new Set(errors.map((e) => e.index));
      const accepted = body.flatMap((email, index) => (refused.has(index) ? [] : [this.accept(email, key)]));
      return {
        status: 200,
        payload: permissive
          ? { data: accepted.map((e) => ({ id: e.id })), errors }
          : { data: accepted.map((e) => ({ id: e.id })) },
        accepted,
      };
    }
    if (path === "/broadcasts") {
      const b = body as Record<string, unknown>;
      const segmentId = (b.segment_id ?? b.audience_id) as string | undefined;
      if (!segmentId || typeof b.from !== "string" || typeof b.subject !== "string") {
        return {
          status: 422,
          payload: {
            statusCode: 422,
            name: "validation_error",
            message: "segment_id, from and subject are required",
          },
          accepted: [],
        };
      }
      const id = randomUUID();
      this.broadcasts.set(id, { segmentId, from: b.from, subject: b.subject, sent: false });
      return { status: 201, payload: { id }, accepted: [] };
    }
    const send = /^\/broadcasts\/([^/]+)\/send$/.exec(path);
    if (send) {
      const broadcast = this.broadcasts.get(send[1]!);
      if (!broadcast)
        return {
          status: 404,
          payload: { statusCode: 404, name: "not_found", message: "Broadcast not found" },
          accepted: [],
        };
      if (broadcast.sent) {
        return {
          status: 422,
          payload: { statusCode: 422, name: "validation_error", message: "Broadcast has already been sent" },
          accepted: [],
        };
      }
      broadcast.sent = true;
      const accepted = (this.segments.get(broadcast.segmentId) ?? []).map((to) =>
        this.accept({ to, from: broadcast.from, subject: broadcast.subject }, undefined, send[1]),
      );
      return { status: 200, payload: { id: send[1] }, accepted };
    }
    return {
      status: 404,
      payload: { statusCode: 404, name: "not_found", message: `No route ${path}` },
      accepted: [],
    };
  }

  private accept(
    email: Record<string, unknown>,
    idempotencyKey?: string,
    broadcastId?: string,
  ): AcceptedEmail {
    const mailbox = Array.isArray(email.to) ? String(email.to[0]) : String(email.to);
    // Recorded by address, so "exactly once" is counted per person whatever name the list gave them.
    const to = mailboxAddress(mailbox) ?? mailbox;
    const accepted: AcceptedEmail = {
      id: randomUUID(),
      to,
      from: String(email.from),
      subject: String(email.subject),
      at: Date.now(),
      ...(typeof email.html === "string" ? { html: email.html } : {}),
      ...(typeof email.text === "string" ? { text: email.text } : {}),
      ...(email.headers ? { headers: email.headers as Record<string, string> } : {}),
      ...(idempotencyKey ? { idempotencyKey } : {}),
      ...(broadcastId ? { broadcastId } : {}),
    };
    this.accepted.push(accepted);
    return accepted;
  }

  private pickFault(): QueuedFault | undefined {
    const queued = this.queue.shift();
    if (queued) return queued;
    const f = this.faults;
    const roll = this.random();
    const table: [number, () => QueuedFault][] = [
      [f.error ?? 0, () => ({ kind: "error", status: [500, 502, 503][Math.floor(this.random() * 3)]! })],
      [f.drop ?? 0, () => ({ kind: "drop" })],
      [f.dropAfterAccept ?? 0, () => ({ kind: "drop-after-accept" })],
      [f.slow ?? 0, () => ({ kind: "slow", ms: f.slowMs ?? 200 })],
    ];
    let edge = 0;
    for (const [rate, make] of table) {
      edge += rate;
      if (roll < edge) return make();
    }
    return undefined;
  }

  private takeToken(): { ok: boolean; headers: Record<string, string> } {
    if (!this.rateLimit) return { ok: true, headers: {} };
    const { requests, perMs } = this.rateLimit;
    const now = Date.now();
    this.tokens = Math.min(requests, this.tokens + ((now - this.last) * requests) / perMs);
    this.last = now;
    const limitHeader = String(requests);
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return {
        ok: true,
        headers: {
          "ratelimit-limit": limitHeader,
          "ratelimit-remaining": String(Math.floor(this.tokens)),
          "ratelimit-reset": String(Math.ceil(perMs / 1000)),
        },
      };
    }
    const waitMs = ((1 - this.tokens) * perMs) / requests;
    const wait =
      this.options.retryAfterPrecision === "milliseconds"
        ? (waitMs / 1000).toFixed(3)
        : String(Math.max(1, Math.ceil(waitMs / 1000)));
    return {
      ok: false,
      headers: {
        "retry-after": wait,
        "ratelimit-limit": limitHeader,
        "ratelimit-remaining": "0",
        "ratelimit-reset": wait,
      },
    };
  }

  private json(
    res: ServerResponse,
    status: number,
    payload: unknown,
    extra: Record<string, string> = {},
  ): void {
    res.writeHead(status, { "content-type": "application/json", ...extra });
    res.end(JSON.stringify(payload));
  }
}

export async function startResendServer(options: ResendServerOptions = {}): Promise<ResendTestServer> {
  return new ResendTestServer(options).listen();
}

function validateEmail(email: unknown, refuse?: (to: string) => string | undefined): string | undefined {
  if (!email || typeof email !== "object") return "not an email object";
  const e = email as Record<string, unknown>;
  if (typeof e.from !== "string" || !/@/.test(e.from)) return "`from` must be an email address";
  const to = Array.isArray(e.to) ? e.to : [e.to];
  if (
    to.length === 0 ||
    to.length > 50 ||
    !to.every((t) => typeof t === "string" && mailboxAddress(t) !== undefined)
  ) {
    // Resend's own words for the same refusal.
    return "Invalid `to` field. The email address needs to follow the email@example.com or Name <email@example.com> format.";
  }
  if (typeof e.subject !== "string" || e.subject === "") return "`subject` is required";
  if (typeof e.html !== "string" && typeof e.text !== "string") return "`html` or `text` is required";
  for (const value of [e.subject, e.from, ...Object.values((e.headers as Record<string, unknown>) ?? {})]) {
    if (typeof value === "string" && /[\r\n]/.test(value))
      return "header values must not contain line breaks";
  }
  return refuse?.(mailboxAddress(String(to[0]))!);
}

/** The address of `ana@example.org` or `Ana López <ana@example.org>` (the forms Resend takes), or undefined. */
function mailboxAddress(mailbox: string): string | undefined {
  const match = /^(?:[^<>]*<([^<>\s@]+@[^<>\s@]+)>|([^<>\s@]+@[^<>\s@]+))$/.exec(mailbox.trim());
  return match ? (match[1] ?? match[2]) : undefined;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** mulberry32: a small seeded generator, so injected faults repeat from run to run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
