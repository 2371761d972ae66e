// The script of a card-drawing worker thread (dist/artwork-worker.js): it draws one card per message, for as
// long as `renderCardInWorker` keeps it, so satori, resvg and the fonts are loaded once per thread, not per card.
import { parentPort } from "node:worker_threads";
import { renderCampaignCard } from "./artwork.js";
import type { CardJob, CardReply } from "./in-worker-artwork.js";

const port = parentPort;
if (!port)
  throw new Error("@chorus/kit's artwork worker script runs in a worker thread (renderCardInWorker)");

/** An error's own fields (a fit error's `field`, `size`, `shortenBy`…), when they can cross to the caller. */
function fieldsOf(error: Error): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) {
    if (key === "message" || key === "stack" || key === "name") continue;
    try {
      structuredClone(value);
      fields[key] = value;
    } catch {
      // A field that cannot be cloned stays behind; the message says everything a person needs.
    }
  }
  return fields;
}

port.on("message", async (job: CardJob) => {
  try {
    const card = await renderCampaignCard(job.look, job.campaignId, job.card, job.size);
    // Hand over the PNG's own memory; copy only if it is a view on a larger buffer.
    const { png } = card;
    const whole = png.byteOffset === 0 && png.byteLength === png.buffer.byteLength;
    const bytes = (whole ? png.buffer : png.slice().buffer) as ArrayBuffer;
    const reply: CardReply = {
      ok: true,
      card: { size: card.size, png: bytes, svg: card.svg, alt: card.alt, fontSize: card.fontSize },
    };
    port.postMessage(reply, [bytes]);
  } catch (caught) {
    const error = caught instanceof Error ? caught : new Error(String(caught));
    const reply: CardReply = { ok: false, name: error.name, message: error.message, fields: fieldsOf(error) };
    port.postMessage(reply);
  }
});
