import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { problem, type RouteDeps } from "../http.js";
import { WEBHOOK_PATH } from "../security.js";

/** Resend's signed events (bounces, complaints): on only with RESEND_WEBHOOK_SECRET. */
export function webhookRoutes({ config, sends }: RouteDeps) {
  return new Hono().post(
    WEBHOOK_PATH,
    bodyLimit({ maxSize: 256 * 1024, onError: (c) => problem(c, 413, "a webhook event is at most 256 KB") }),
    async (c) => {
      if (!config.resendWebhookSecret)
        return problem(c, 404, "webhooks are off: set RESEND_WEBHOOK_SECRET to Resend's signing secret");
      const result = await sends.webhook(config.resendWebhookSecret, await c.req.text(), c.req.raw.headers);
      if (result.suppressed.length > 0)
        console.log(
          `webhook: suppressed ${result.suppressed.length} address(es) after a bounce or complaint`,
        );
      return c.body(result.body, result.status as 200, { "content-type": "application/json" });
    },
  );
}
