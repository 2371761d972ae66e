import { AUDIENCES, LOCALES } from "@chorus/content/constants";
import { check, TEXT_CONTEXTS, type TextDiagnostic } from "@chorus/language/check";
import { oneOf, parseCommandArgs } from "../args.js";
import { type CliIO, paint } from "../io.js";

export const checkUsage = `chorus check [--locale en|es] [--audience <audience>] [--context <context>] [--format pretty|json]

Check text read from standard input, e.g. a draft paragraph:
  echo "He committed suicide." | chorus check --locale en --format json
  --locale      en (default) or es
  --audience    ${AUDIENCES.join(", ")} (default: public, the strictest reading grade)
  --context     ${TEXT_CONTEXTS.join(", ")} (default: body)
  --format      pretty (default) or json (the diagnostics array, offsets into the input)
Exit codes: 0 no errors, 1 errors found, 2 usage error.`;

export async function checkCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs(
    argv,
    {
      locale: { type: "string" },
      audience: { type: "string" },
      context: { type: "string" },
      format: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    0,
  );
  if (values.help) {
    io.stdout(`${checkUsage}\n`);
    return 0;
  }
  const locale = oneOf(values.locale, LOCALES, "--locale") ?? "en";
  const audience = oneOf(values.audience, AUDIENCES, "--audience") ?? "public";
  const context = oneOf(values.context, TEXT_CONTEXTS, "--context") ?? "body";
  const format = oneOf(values.format, ["pretty", "json"] as const, "--format") ?? "pretty";

  const text = await io.readStdin();
  const diagnostics = check(text, { locale, audience, context });
  io.stdout(
    format === "json" ? `${JSON.stringify(diagnostics, null, 2)}\n` : formatText(text, diagnostics, io),
  );
  return diagnostics.some((d) => d.severity === "error") ? 1 : 0;
}

/** `line:col  severity  rule  message` with the flagged words, for reading in a terminal. */
function formatText(text: string, diagnostics: TextDiagnostic[], io: CliIO): string {
  const c = paint(io);
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) if (text[index] === "\n") lineStarts.push(index + 1);
  const position = (offset: number) => {
    let line = lineStarts.length - 1;
    while (line > 0 && lineStarts[line]! > offset) line--;
    return `${line + 1}:${offset - lineStarts[line]! + 1}`;
  };
  const colour = { error: c.red, warning: c.yellow, suggestion: c.cyan } as const;
  const lines = diagnostics.map((d) => {
    const suggestion = d.suggestions.length > 0 ? `\n    ${c.dim(`try: ${d.suggestions.join(" | ")}`)}` : "";
    return `${c.dim(position(d.start))}  ${colour[d.severity](d.severity)}  ${d.message}  ${c.dim(d.ruleId)}${suggestion}`;
  });
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const summary =
    diagnostics.length === 0
      ? c.green("✔ no problems found")
      : `${errors} error${errors === 1 ? "" : "s"}, ${diagnostics.length - errors} other finding${diagnostics.length - errors === 1 ? "" : "s"}`;
  return `${lines.join("\n")}${lines.length ? "\n\n" : ""}${summary}\n`;
}
