// How far careful people agree with a blind set's writer, beside the checker:
// `pnpm exec tsx test/corpus/score-agreement.ts 29`. Second readers (test/corpus/blind-<n>/readers/) were given
// the set's sentences without flags, in another order, and the families of the writers' brief, and marked what
// an editor would change. Each reader, and the checker, is scored against the writer as score-blind.ts scores
// the checker (a span counts when a finding overlaps it), and against each other. Run it with a checker that has
// not trained on the set (its blind scoring is in docs/language-blind-<n>.md). Last, each person in turn is set
// beside the checker, both judged by the other two people: recall of the spans those two both marked (same
// family, overlapping), precision against the spans either marked.
import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CATEGORIES, check } from "../../src/index.js";
import { type CorpusEntry, contextOf, expectedSpans, type Finding, loadCorpusFile, score } from "./score.js";

const FAMILIES = [...CATEGORIES, "evidence"];
const overlaps = (x: Finding, y: Finding) => x.start < y.end && y.start < x.end;
const set = process.argv[2] ?? "29";
const pct = (n: number) => `${(n * 100).toFixed(1)} %`;

type Labeller = { name: string; findings: (index: number) => Finding[] };

for (const locale of ["en", "es"] as const) {
  const writerFile = `blind-${set}/${locale}-blind-${set}.yaml`;
  const writer = loadCorpusFile(writerFile);
  const folder = fileURLToPath(new URL(`./blind-${set}/readers/`, import.meta.url));
  const readerFiles = existsSync(folder)
    ? readdirSync(folder).filter((f) => f.startsWith(`${locale}-`) && f.endsWith(".yaml"))
    : [];
  const labellers: Labeller[] = [
    { name: "writer", findings: (i) => expectedSpans(writer[i]!) },
    ...readerFiles.map((file) => {
      const read = loadCorpusFile(`blind-${set}/readers/${file}`);
      if (read.length !== writer.length || read.some((e, i) => e.text !== writer[i]!.text))
        throw new Error(`${file}: its sentences are not the writer's, in the writer's order`);
      return { name: file.replace(/\.yaml$/, ""), findings: (i: number) => expectedSpans(read[i]!) };
    }),
    {
      name: "checker",
      findings: (i) =>
        check(writer[i]!.text, {
          locale,
          audience: "public",
          context: contextOf(writer[i]!),
          readability: false,
          evidence: {},
        }).map((d) => ({ start: d.start, end: d.end, category: d.category })),
    },
  ];
  // Findings once per labeller and sentence (the checker is the slow one).
  const found = labellers.map((l) => writer.map((_, i) => l.findings(i)));
  /** `gold` as the corpus (its spans the expected ones), `other` as the detector. */
  const versus = (gold: number, other: number, family?: string) => {
    const entries: CorpusEntry[] = writer.map((entry, i) => ({
      ...entry,
      flags: found[gold]![i]!.filter((s) => !family || s.category === family).map(
        (s) => [s.category!, entry.text.slice(s.start, s.end)] as [string, string],
      ),
    }));
    const index = new Map(entries.map((e, i) => [e, i]));
    return score(entries, (e) => found[other]![index.get(e)!]!);
  };
  console.log(`\n## ${writerFile}: ${writer.length} sentences; readers: ${readerFiles.join(", ") || "none"}`);
  console.log(
    "\nEach row's labeller scored against the writer (the writer's spans are the ones expected):\n",
  );
  console.log("| labeller | spans marked | precision | recall | missed | marked where the writer did not |");
  console.log("|---|---:|---:|---:|---:|---:|");
  for (let l = 1; l < labellers.length; l++) {
    const r = versus(0, l);
    console.log(
      `| ${labellers[l]!.name} | ${r.found} | ${pct(r.precision)} | ${pct(r.recall)} | ${r.falseNegatives} | ${r.falsePositives} |`,
    );
  }
  console.log("\nRecall of the writer's spans, per family:\n");
  console.log(
    `| family | writer's spans | ${labellers
      .slice(1)
      .map((l) => l.name)
      .join(" | ")} |`,
  );
  console.log(
    `|---|---:|${labellers
      .slice(1)
      .map(() => "---:")
      .join("|")}|`,
  );
  for (const family of FAMILIES) {
    const cells = labellers.slice(1).map((_, k) => {
      const r = versus(0, k + 1, family);
      return `${pct(r.recall)} (${r.expected - r.falseNegatives}/${r.expected})`;
    });
    console.log(`| ${family} | ${versus(0, 0, family).expected} | ${cells.join(" | ")} |`);
  }
  console.log("\nEvery pair (row: whose spans are expected; column: who is scored), recall / precision:\n");
  console.log(`| expected \\ scored | ${labellers.map((l) => l.name).join(" | ")} |`);
  console.log(`|---|${labellers.map(() => "---:").join("|")}|`);
  labellers.forEach((row, g) => {
    const cells = labellers.map((_, o) => {
      if (o === g) return "–";
      const r = versus(g, o);
      return `${pct(r.recall)} / ${pct(r.precision)}`;
    });
    console.log(`| ${row.name} | ${cells.join(" | ")} |`);
  });
  const people = labellers.map((_, l) => l).filter((l) => labellers[l]!.name !== "checker");
  const checker = labellers.length - 1;
  if (people.length < 3) continue;
  console.log("\nEach person beside the checker, judged by the other two people:\n");
  console.log(
    "| left out | spans both others marked | their recall | checker's recall | their precision | checker's precision |",
  );
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const person of people) {
    const [a, b] = people.filter((p) => p !== person) as [number, number];
    let agreed = 0;
    const hit = { person: 0, checker: 0 };
    const right = { person: 0, checker: 0 };
    const marked = { person: 0, checker: 0 };
    writer.forEach((_, i) => {
      const both = found[a]![i]!.filter((s) =>
        found[b]![i]!.some((t) => t.category === s.category && overlaps(s, t)),
      );
      const either = [...found[a]![i]!, ...found[b]![i]!];
      agreed += both.length;
      for (const [who, l] of [
        ["person", person],
        ["checker", checker],
      ] as const) {
        hit[who] += both.filter((s) => found[l]![i]!.some((f) => overlaps(f, s))).length;
        marked[who] += found[l]![i]!.length;
        right[who] += found[l]![i]!.filter((f) => either.some((s) => overlaps(f, s))).length;
      }
    });
    console.log(
      `| ${labellers[person]!.name} | ${agreed} | ${pct(hit.person / agreed)} | ${pct(hit.checker / agreed)} | ${pct(right.person / marked.person)} | ${pct(right.checker / marked.checker)} |`,
    );
  }
}
