import { access } from "@chorus/team";
import { type Context, Hono } from "hono";
import { z } from "zod";
import { params, problem, query, type RouteDeps, sendIdParam, sendParams } from "../http.js";
import { parseEml } from "../sends.js";
import { refusedForSend } from "../team.js";

/**
 * The outbox: an outbox send's messages (searchable by recipient), and one message raw or parsed. In team
 * mode only the send's own organization sees them.
 */
export function outboxRoutes({ sends, gate }: RouteDeps) {
  const mayRead = (c: Context, sendId: string) =>
    refusedForSend(c, gate, (id) => sends.partnerOf(id), sendId, access.seeSend);
  return new Hono()
    .get(
      "/outbox/:send",
      params(sendParams),
      query(z.object({ search: z.string().optional() })),
      async (c) => {
        const denied = await mayRead(c, c.req.valid("param").send);
        if (denied) return denied;
        const search = c.req.valid("query").search?.slice(0, 320);
        return c.json(await sends.outboxMessages(c.req.valid("param").send, search ? { search } : {}));
      },
    )
    .get(
      "/outbox/:send/:file",
      // The file name is checked by the outbox itself: anything but a message it wrote is a 404.
      params(z.object({ send: sendIdParam, file: z.string() })),
      query(z.object({ format: z.string().optional() })),
      async (c) => {
        const { send, file } = c.req.valid("param");
        const denied = await mayRead(c, send);
        if (denied) return denied;
        const eml = await sends.outboxMessage(send, file);
        if (eml === undefined) return problem(c, 404, "no such message");
        if (c.req.valid("query").format === "parsed") return c.json(await parseEml(eml));
        return c.text(eml, 200, { "Content-Type": "text/plain; charset=utf-8" });
      },
    );
}
