import path from "node:path";
import {
  buildKit,
  EmptyKitError,
  KIT_PARTS,
  type Kit,
  KitFolderError,
  type KitPart,
  kitPartners,
  writeKit,
} from "@chorus/kit/node";
import { PdfPrinter } from "@chorus/print";
import { parseCommandArgs } from "../args.js";
import { loadTarget } from "../content.js";
import { type CliIO, paint, UsageError } from "../io.js";
import { formatDiagnostics } from "./validate.js";

export const buildUsage = `chorus build [campaign] [--partner <id>] [--out <dir>] [--date <when>] [--only <parts>]

Build the partner kits of a campaign (or of all campaigns), one per partner allowed to use it: the
same files as the builder's "Export kit" zip, unzipped. In <out>/<campaign>/<partner>/:
  manifest.json                              what the kit holds, every file's SHA-256 and size
  <locale>/emails/<email>.html               and .txt, .eml
  <locale>/social/<platform>/<post>.txt      the post, its image's alt text, its figures' sources; and .png
  <locale>/social/cards/<size>/<card>.png    every card at every social size, and <card>.alt.txt
  <locale>/print/<print>-<paper>.pdf         poster, flyer, fact sheets (letter, a4; posters also tabloid)
  <locale>/banners/<banner>.html             and .png, at the banner's IAB size
  <locale>/talking-points.txt                and citations.txt
  logos/<organization>.svg
A campaign that is not approved builds as proofs. A card, page or banner whose words do not fit is
refused, naming it and what to shorten, and that kit is not written. A kit replaces the kit built there
before, whole; a folder that holds anything else is left as it is and that kit is not written.
  campaign      a campaign id (default: all campaigns)
  --partner     only this partner's kits
  --out         output folder (default: dist/campaigns)
  --date        the kits' date (manifest generatedAt, .eml and PDF dates), e.g. 2026-11-23T10:00:00Z
                (default: now); the same content and date always build the same bytes
  --only        build only these parts, comma-separated: ${KIT_PARTS.join(", ")}
                (a quicker, partial kit; its manifest lists its parts)
Needs Chromium for PDFs and banners (CHROME_PATH, or /usr/bin/chromium).
Exit codes: 0 built, 1 content errors (nothing is written), words that do not fit or a kit's folder in
the way, 2 usage error.`;

function partsOption(value: string | boolean | undefined): KitPart[] | undefined {
  if (value === undefined) return undefined;
  const parts = typeof value === "string" ? value.split(",").map((part) => part.trim()) : [];
  const unknown = parts.filter((part) => !(KIT_PARTS as readonly string[]).includes(part));
  if (parts.length === 0 || unknown.length > 0)
    throw new UsageError(
      `--only takes kit parts separated by commas (${KIT_PARTS.join(", ")})${unknown.length ? `; not a part: ${unknown.join(", ")}` : ""}`,
    );
  return parts as KitPart[];
}

/** The errors that mean "shorten these words" rather than a fault: reported, and the next kit goes on. */
const REFUSALS = new Set([
  "GraphicFitError",
  "GraphicInputError",
  "GraphicContrastError",
  "PrintFitError",
  "BannerFitError",
]);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

function dateOption(value: string | boolean | undefined): Date {
  if (value === undefined) return new Date();
  const date = typeof value === "string" && ISO_DATE.test(value) ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime()))
    throw new UsageError(
      "--date must be a date, or a date and time with its zone, such as 2026-11-23T10:00:00Z",
    );
  return date;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

export async function buildCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    partner: { type: "string" },
    out: { type: "string" },
    date: { type: "string" },
    only: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    io.stdout(`${buildUsage}\n`);
    return 0;
  }
  const now = dateOption(values.date);
  const parts = partsOption(values.only);
  const c = paint(io);
  const { result, diagnostics } = await loadTarget(undefined, io);
  const wanted = positionals[0];
  // Only errors in what the build reads block it: the library, the brand kits, and the campaigns built.
  const builds = (file: string) =>
    !wanted || file.includes("/_library/") || file.includes("/_partners/") || file.includes(`/${wanted}/`);
  const errors = diagnostics.filter((d) => d.severity === "error" && builds(d.file));
  if (errors.length > 0) {
    io.stderr(formatDiagnostics(errors, io));
    io.stderr(c.red(`✖ ${count(errors.length, "content error")}: fix them first (nothing was built)\n`));
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

  let files = 0;
  let refused = 0;
  // One Chromium for every kit's PDFs and banners, launched when the first kit needs it.
  const printing = !parts || parts.includes("print") || parts.includes("banners");
  let printer: PdfPrinter | undefined;
  try {
    for (const loaded of campaigns) {
      const { campaign } = loaded;
      const partners = kitPartners(content, campaign).filter((p) => !partnerFilter || p.id === partnerFilter);
      if (partners.length === 0) {
        const why = partnerFilter ? `${partnerFilter} is not one of its partners` : "it has no partners";
        io.stdout(`${c.dim("–")} ${campaign.id}: no kit, ${why}\n`);
        continue;
      }
      const written: string[] = [];
      let summary = "";
      for (const partner of partners) {
        let kit: Kit;
        try {
          if (printing) printer ??= await PdfPrinter.launch();
          kit = await buildKit(content, loaded, partner.id, {
            now,
            // loadTarget loads content relative to the working folder: a partner's logo path is from there.
            baseDir: io.cwd,
            ...(printer ? { printer } : {}),
            ...(parts ? { parts } : {}),
          });
        } catch (error) {
          if (error instanceof Error && REFUSALS.has(error.name)) {
            io.stderr(c.red(`✖ ${campaign.id} for ${partner.id}: ${error.message}\n`));
            refused++;
            continue;
          }
          if (!(error instanceof EmptyKitError)) throw error;
          // The same for every partner: say it once and go on to the next campaign.
          io.stdout(`${c.dim("–")} ${campaign.id}: no kit, ${error.message}\n`);
          break;
        }
        const { emails, socialPosts, cards, prints, banners, proof } = kit.manifest;
        const pdfs = prints.reduce((sum, print) => sum + Object.keys(print.files).length, 0);
        const counts: [KitPart, string][] = [
          ["emails", count(emails.length, "email")],
          ["social", count(socialPosts.length, "social post")],
          ["cards", count(cards.length, "card")],
          ["print", count(pdfs, "PDF")],
          ["banners", count(banners.length, "banner")],
        ];
        const shown = counts.filter(([part]) => kit.manifest.parts.includes(part)).map(([, text]) => text);
        summary = `${shown.join(", ")} each; ${campaign.status}${proof ? ", so proofs" : ""}${parts ? `; only ${parts.join(", ")}` : ""}`;
        try {
          await writeKit(kit, path.join(outRoot, campaign.id, partner.id));
        } catch (error) {
          if (!(error instanceof KitFolderError)) throw error;
          io.stderr(c.red(`✖ ${campaign.id}: ${error.message}\n`));
          refused++;
          continue;
        }
        files += kit.files.size;
        written.push(partner.id);
      }
      if (written.length > 0)
        io.stdout(
          `${c.green("✔")} ${campaign.id}: kits for ${written.join(", ")} ${c.dim(`(${summary})`)}\n`,
        );
    }
  } finally {
    await printer?.close();
  }
  io.stdout(`${count(files, "file")} written under ${path.relative(io.cwd, outRoot) || "."}\n`);
  return refused > 0 ? 1 : 0;
}
