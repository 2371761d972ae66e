import type { Finding } from "../shared/findings.js";

const TOKEN_KEY = "chorus-token";

/** A token passed as `#token=…` (never in the query, so it stays out of logs) is kept for this tab. */
export function adoptTokenFromUrl(): void {
  const match = location.hash.match(/token=([^&]+)/);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    history.replaceState(null, "", location.pathname + location.search);
  }
}

function headers(extra: Record<string, string> = {}): Record<string, string> {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return { ...(token ? { authorization: `Bearer ${token}` } : {}), ...extra };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body: { error?: string; diagnostics?: Finding[]; reasons?: string[]; [key: string]: unknown },
  ) {
    super(message);
  }
}

async function parse<T>(response: Response): Promise<T> {
  const type = response.headers.get("content-type") ?? "";
  const body = type.includes("application/json") ? await response.json() : await response.text();
  if (!response.ok) {
    const error = typeof body === "object" && body ? body : { error: String(body) };
    throw new ApiError(response.status, error.error ?? `request failed (${response.status})`, error);
  }
  return body as T;
}

export async function getJson<T>(url: string): Promise<T> {
  return parse<T>(await fetch(url, { headers: headers() }));
}

export async function sendJson<T>(url: string, method: "POST" | "PUT", body: unknown): Promise<T> {
  return parse<T>(
    await fetch(url, {
      method,
      headers: headers({ "content-type": "application/json" }),
      body: JSON.stringify(body),
    }),
  );
}

export async function sendText<T>(url: string, body: string, type = "text/csv"): Promise<T> {
  return parse<T>(await fetch(url, { method: "POST", headers: headers({ "content-type": type }), body }));
}

export async function getText(url: string): Promise<string> {
  return parse<string>(await fetch(url, { headers: headers() }));
}

/** Download through fetch (so the token header goes along), then save with the server's file name. */
export async function download(url: string): Promise<string> {
  const response = await fetch(url, { headers: headers() });
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

/** Server-sent events over fetch, so the token header works too. Returns a stop function. */
export function streamEvents(url: string, onEvent: (data: unknown) => void, onEnd: () => void): () => void {
  const controller = new AbortController();
  void (async () => {
    try {
      const response = await fetch(url, { headers: headers(), signal: controller.signal });
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
