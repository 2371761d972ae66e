import { check } from "./src/index.js";

const locale = process.argv[2] as "en" | "es";
for (const t of process.argv.slice(3)) {
  console.log("> " + t);
  for (const d of check(t, { locale, audience: "public", readability: false, evidence: false }))
    console.log("  ", d.ruleId, JSON.stringify(t.slice(d.start, d.end)));
}
