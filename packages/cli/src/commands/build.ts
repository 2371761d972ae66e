import { createHash } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { emailTargets, renderMaterial, rendersAsProof } from "@chorus/emails";
import { addressOf, buildEml, messageIdFor } from "@chorus/send";
import { parseCommandArgs } from "../args.js";
import { loadTarget } from "../content.js";
import { type CliIO, paint, UsageError } from "../io.js";
import { formatDiagnostics } from "./validate.js";

export const buildUsage = `chorus build [campaign] [--partner <id>] [--out <dir>]

Render every email of a campaign (or of all campaigns) for every partner allowed to send it:
  <out>/<campaign>/<partner>/<locale>/<material>.html, .txt and .eml, plus <out>/<campaign>/manifest.json
  campaign      a campaign id (default: all campaigns)
  --partner     only this partner's kit
  --out         output folder (default: dist/campaigns)
Exit codes: 0 built, 1 content errors (nothing is written), 2 usage error.`;

export interface ManifestEntry {
  campaign: string;
  partner: string;
  locale: string;
  material: string;
  template: string;
  audience: string;
  subject: string;
  files: { html: string; text: string; eml: string };
  bytes: { html: number; text: number; eml: number };
  sha256: string;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

export async function buildCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    partner: { type: "string" },
    out: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    io.stdout(`${buildUsage}\n`);
    return 0;
  }
  const c = paint(io);
  const { result, diagnostics } = await loadTarget(undefined, io);
  const wanted = positionals[0];
  // Only errors in what the build reads block it: the library, the brand kits, and the campaigns built.
  const builds = (file: string) =>
    !wanted || file.includes("/_library/") || file.includes("/_partners/") || file.includes(`/${wanted}/`);
  const errors = diagnostics.filter((d) => d.severity === "error" && builds(d.file));
  if (errors.length > 0) {
    io.stderr(formatDiagnostics(errors, io));
    io.stderr(
      c.red(
        `✖ ${errors.length} content error${errors.length === 1 ? "" : "s"}: fix them first (nothing was built)\n`,
      ),
    );
    return 1;
  }
  const { content } = result;
  const campaigns = content.campaigns.filter((loaded) => !wanted || loaded.campaign.id === wanted);
  if (wanted && campaigns.length === 0) throw new UsageError(`no campaign "${wanted}"`);
  const partnerFilter = typeof values.partner === "string" ? values.partner : undefined;
  if (partnerFilter && !content.partners.some((p) => p.partner.id === partnerFilter)) {
    throw new UsageError(`no partner "${partnerFilter}"`);
  }
  const outRoot = path.resolve(io.cwd, typeof values.out === "string" ? values.out : "dist/campaigns");
  // Fixed date: the same content always builds the same files.
  const date = new Date("2026-01-01T00:00:00Z");

  let files = 0;
  for (const { campaign } of campaigns) {
    const targets = emailTargets(content, {
      campaignId: campaign.id,
      ...(partnerFilter ? { partnerId: partnerFilter } : {}),
    });
    const campaignDir = path.join(outRoot, campaign.id);
    await rm(campaignDir, { recursive: true, force: true });
    const manifest: ManifestEntry[] = [];
    for (const { material, partner } of targets) {
      // A campaign that is not approved builds as proofs: "[PROOF]" subjects and the proof banner.
      const email = await renderMaterial(content, campaign.id, material.id, partner.id, {
        proof: rendersAsProof(campaign),
      });
      const dir = path.join(campaignDir, partner.id, material.locale);
      await mkdir(dir, { recursive: true });
      const eml = buildEml(
        { ...email, to: partner.replyTo ?? addressOf(email.from) },
        { messageId: messageIdFor(`${campaign.id}/${partner.id}/${material.id}`, 0, email.from), date },
      );
      const base = path.join(dir, material.id);
      await writeFile(`${base}.html`, email.html);
      await writeFile(`${base}.txt`, email.text);
      await writeFile(`${base}.eml`, eml);
      files += 3;
      const relative = (ext: string) =>
        path.relative(campaignDir, `${base}.${ext}`).split(path.sep).join("/");
      manifest.push({
        campaign: campaign.id,
        partner: partner.id,
        locale: material.locale,
        material: material.id,
        template: material.template,
        audience: material.audience,
        subject: email.subject,
        files: { html: relative("html"), text: relative("txt"), eml: relative("eml") },
        bytes: {
          html: Buffer.byteLength(email.html),
          text: Buffer.byteLength(email.text),
          eml: Buffer.byteLength(eml),
        },
        sha256: sha256(eml),
      });
    }
    await mkdir(campaignDir, { recursive: true });
    await writeFile(
      path.join(campaignDir, "manifest.json"),
      `${JSON.stringify({ campaign: campaign.id, status: campaign.status, emails: manifest }, null, 2)}\n`,
    );
    files++;
    const partners = new Set(targets.map((target) => target.partner.id)).size;
    io.stdout(
      `${c.green("✔")} ${campaign.id}: ${manifest.length} email${manifest.length === 1 ? "" : "s"} for ${partners} partner${partners === 1 ? "" : "s"} ${c.dim(`(${campaign.status})`)}\n`,
    );
  }
  io.stdout(`${files} files written under ${path.relative(io.cwd, outRoot) || "."}\n`);
  return 0;
}
