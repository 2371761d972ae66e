import { type ClientResponse, hc } from "hono/client";
import type { SuccessStatusCode } from "hono/utils/http-status";
import type { AppType } from "../server/app.js";
import type { Finding } from "../shared/findings.js";

/**
 * The builder's API, typed by its routes on the server (`AppType`): each path, parameter, query, body
 * and answer is declared once, there. `api.campaigns[":id"].$get({ param: { id } })` is `GET /api/campaigns/:id`.
 */
export const api = hc<AppType>("/").api;

/** The JSON body of a route's successful answer. */
type SuccessBody<R> =
  R extends ClientResponse<infer T, infer S, infer F>
    ? S extends SuccessStatusCode
      ? F extends "json"
        ? T
        : never
      : never
    : never;

/** What a route of `api` answers when it succeeds: `Answer<typeof api.sends.$get>`. */
export type Answer<Route extends (...args: never[]) => Promise<unknown>> = SuccessBody<
  Awaited<ReturnType<Route>>
>;

export type CampaignListing = Answer<typeof api.campaigns.$get>;
export type CampaignSummary = CampaignListing["campaigns"][number];
export type BuilderSettings = Answer<typeof api.config.$get>;
export type RecipientsCheck = Answer<(typeof api.campaigns)[":id"]["recipients"]["check"]["$post"]>;
/** A send's state as `GET /api/sends/:send` and its event stream give it. */
export type LiveSend = Answer<(typeof api.sends)[":send"]["$get"]>;
/** One send on disk, as the Outbox page lists it. */
export type SendSummary = Answer<typeof api.sends.$get>["sends"][number];
/** A send scheduled and not started yet, as the Outbox page lists it. */
export type WaitingSend = Answer<typeof api.schedules.$get>["schedules"][number];
export type OutboxListing = Answer<(typeof api.outbox)[":send"]["$get"]>;
export type ParsedEml = Answer<(typeof api.outbox)[":send"][":file"]["$get"]>;
/** A campaign's cards, posts, printed materials and banners for one partner in one language. */
export type ArtworkListing = Answer<(typeof api.campaigns)[":id"]["artwork"]["$get"]>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body: { error?: string; diagnostics?: Finding[]; reasons?: string[]; [key: string]: unknown },
  ) {
    super(message);
  }
}

interface AnyResponse {
  ok: boolean;
  status: number;
  headers: Headers;
  json(): Promise<unknown>;
  text(): Promise<string>;
}

async function parse<T>(response: AnyResponse): Promise<T> {
  const type = response.headers.get("content-type") ?? "";
  const body = type.includes("application/json") ? await response.json() : await response.text();
  if (!response.ok) {
    const error = (typeof body === "object" && body ? body : { error: String(body) }) as ApiError["body"];
    throw new ApiError(response.status, error.error ?? `request failed (${response.status})`, error);
  }
  return body as T;
}

/** The JSON a call of `api` answers with; a refusal throws an `ApiError` carrying the server's message. */
export async function readJson<R extends AnyResponse>(request: Promise<R>): Promise<SuccessBody<R>> {
  return parse<SuccessBody<R>>(await request);
}

/** The text a call of `api` answers with (an .eml file); a refusal throws an `ApiError`. */
export async function readText(request: Promise<AnyResponse>): Promise<string> {
  return parse<string>(await request);
}

/** A CSV file as the body of an `api` call. */
export function csvBody(text: string) {
  return { init: { body: text }, headers: { "content-type": "text/csv" } };
}

/** For the editor's calls by URL; new code uses `api`, which checks the path and types the answer. */
export async function getJson<T>(url: string): Promise<T> {
  return parse<T>(await fetch(url));
}

/** For the editor's calls by URL; new code uses `api`. */
export async function sendJson<T>(url: string, method: "POST" | "PUT", body: unknown): Promise<T> {
  return parse<T>(
    await fetch(url, {
      method,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  );
}

/** Download through fetch (so a refusal is shown as a message), then save with the server's file name. */
export async function download(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) await parse(response);
  const name =
    response.headers.get("content-disposition")?.match(/filename="([^"]+)"/)?.[1] ??
    url.split("/").pop() ??
    "download";
  const blob = await response.blob();
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  return name;
}

/** Server-sent events over fetch (a refusal ends the stream). Returns a stop function. */
export function streamEvents(url: string, onEvent: (data: unknown) => void, onEnd: () => void): () => void {
  const controller = new AbortController();
  void (async () => {
    try {
      const response = await fetch(url, { signal: controller.signal });
      if (!response.body) return;
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end = buffer.indexOf("\n\n");
        while (end !== -1) {
          const chunk = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = chunk
            .split("\n")
            .filter((line) => line.startsWith("data:"))
            .map((line) => line.slice(5).trimStart())
            .join("\n");
          if (data) onEvent(JSON.parse(data));
          end = buffer.indexOf("\n\n");
        }
      }
    } catch {
      // aborted or dropped: the caller falls back to the last state it has
    } finally {
      onEnd();
    }
  })();
  return () => controller.abort();
}
