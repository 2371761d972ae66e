import { describe, expect, it } from "vitest";
import { backoffDelay, ErrorWindow, TokenBucket } from "../src/rate.js";
import { classifyResendError, retryAfterMs } from "../src/transports/resend.js";
import { fakeClock } from "./helpers.js";

describe("TokenBucket", () => {
  it("spaces requests at the configured rate and holds everyone after a 429", async () => {
    const clock = fakeClock();
    const start = clock.now();
    const bucket = new TokenBucket(2, 1, clock);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      await bucket.take();
      times.push(clock.now() - start);
    }
    expect(times).toEqual([0, 500, 1000, 1500, 2000]);
    bucket.holdUntil(clock.now() + 3_000);
    await bucket.take();
    expect(clock.now() - start).toBe(5_500);
  });
});

describe("backoffDelay", () => {
  it("draws uniformly below min(cap, base·2^attempt) (full jitter)", () => {
    expect(backoffDelay(0, { baseMs: 500, capMs: 30_000 }, () => 0.999)).toBeCloseTo(499.5);
    expect(backoffDelay(3, { baseMs: 500, capMs: 30_000 }, () => 0.5)).toBe(2_000);
    expect(backoffDelay(10, { baseMs: 500, capMs: 30_000 }, () => 0.5)).toBe(15_000);
    expect(backoffDelay(4, { baseMs: 500, capMs: 30_000 }, () => 0)).toBe(0);
  });
});

describe("ErrorWindow", () => {
  it("trips when the failure share over the sliding window passes the threshold", () => {
    const window = new ErrorWindow({ size: 10, threshold: 0.5, minRequests: 4 });
    expect(window.record(false)).toBe(false); // too few requests to judge
    expect(window.record(false)).toBe(false);
    expect(window.record(true)).toBe(false);
    expect(window.record(false)).toBe(true); // 3 of 4
    for (let i = 0; i < 10; i++) window.record(true);
    expect(window.rate).toBe(0); // old failures slid out
  });
});

describe("classifyResendError", () => {
  it("maps Resend's answers to what the sender does", () => {
    expect(
      classifyResendError({ statusCode: 429, name: "rate_limit_exceeded" }, { "retry-after": "2" }),
    ).toMatchObject({
      kind: "rate-limited",
      retryAfterMs: 2000,
    });
    expect(classifyResendError({ statusCode: 429, name: "daily_quota_exceeded" }, null).kind).toBe("fatal");
    expect(classifyResendError({ statusCode: 503, name: "application_error" }, null).kind).toBe("retryable");
    expect(classifyResendError({ statusCode: null, name: "application_error" }, null).kind).toBe("retryable");
    expect(classifyResendError({ statusCode: 409, name: "concurrent_idempotent_requests" }, null).kind).toBe(
      "busy",
    );
    expect(classifyResendError({ statusCode: 409, name: "invalid_idempotent_request" }, null).kind).toBe(
      "rejected",
    );
    expect(classifyResendError({ statusCode: 422, name: "validation_error" }, null).kind).toBe("rejected");
    expect(classifyResendError({ statusCode: 401, name: "missing_api_key" }, null).kind).toBe("fatal");
  });

  it("reads retry-after as seconds, fractions or a date, else ratelimit-reset", () => {
    expect(retryAfterMs({ "retry-after": "0.25" })).toBe(250);
    expect(
      retryAfterMs({ "retry-after": "Mon, 23 Nov 2026 05:00:03 GMT" }, Date.parse("2026-11-23T05:00:00Z")),
    ).toBe(3000);
    expect(retryAfterMs({ "ratelimit-reset": "1" })).toBe(1000);
    expect(retryAfterMs({})).toBeUndefined();
  });
});
