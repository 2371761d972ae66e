import { describe, expect, it } from "vitest";
import { CATEGORIES, compileRules, Rule, RuleSet, rulesFor } from "../src/index.js";
import { RULE_FILES } from "../src/rules/index.js";
import { normalizeWord } from "../src/tokenize.js";

describe("rule files", () => {
  for (const [locale, files] of Object.entries(RULE_FILES)) {
    for (const [category, rules] of Object.entries(files)) {
      it(`${locale}/${category} is a valid rule set whose rules all belong to ${category}`, () => {
        const parsed = RuleSet.safeParse(rules);
        expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
        for (const rule of parsed.data ?? []) expect(rule.category).toBe(category);
      });
    }
  }

  for (const locale of ["en", "es"] as const) {
    it(`${locale}: the rules a check runs are exactly the validated files (ids unique across files, defaults applied)`, () => {
      const validated = RuleSet.safeParse(Object.values(RULE_FILES[locale]).flat());
      expect(validated.success ? [] : validated.error.issues).toEqual([]);
      expect(rulesFor(locale)).toEqual(validated.data);
    });
  }

  it("has at least 80 English and 20 Spanish rules", () => {
    expect(rulesFor("en").length).toBeGreaterThanOrEqual(80);
    expect(rulesFor("es").length).toBeGreaterThanOrEqual(20);
  });

  it("covers every category in both locales", () => {
    for (const locale of ["en", "es"] as const) {
      const categories = new Set(rulesFor(locale).map((rule) => rule.category));
      expect([...categories].sort()).toEqual([...CATEGORIES].sort());
    }
  });

  it("gives every rule an explanation, a source and a way out", () => {
    for (const rule of [...rulesFor("en"), ...rulesFor("es")]) {
      expect(rule.explanation.length, rule.id).toBeGreaterThan(20);
      expect(rule.source.url, rule.id).toMatch(/^https:\/\//);
      expect(rule.suggestions.length, rule.id).toBeGreaterThan(0);
    }
  });

  it("compiles every pattern without error", () => {
    expect(() => compileRules(rulesFor("en"))).not.toThrow();
    expect(() => compileRules(rulesFor("es"), "es")).not.toThrow();
  });
});

describe("rule schema", () => {
  const base = {
    id: "suicide/example",
    category: "suicide",
    severity: "error",
    patterns: ["committed suicide"],
    explanation: "An explanation long enough to be useful.",
    suggestions: ["died by suicide"],
    source: { name: "Example", url: "https://example.org" },
  };

  it("accepts a well-formed rule and defaults fixable to false", () => {
    expect(Rule.parse(base).fixable).toBe(false);
  });

  it("rejects a fixable rule with more than one suggestion", () => {
    const result = Rule.safeParse({ ...base, fixable: true, suggestions: ["a", "b"] });
    expect(result.error?.issues[0]?.message).toBe("a fixable rule must have exactly one suggestion");
  });

  it("rejects patterns with punctuation the matcher does not understand", () => {
    expect(Rule.safeParse({ ...base, patterns: ["click (here)"] }).success).toBe(false);
  });

  it("rejects looking for the sentence's topic in the sentence before when there is no topic to look for", () => {
    const result = Rule.safeParse({ ...base, requireInSentenceOrBefore: true });
    expect(result.error?.issues[0]?.message).toBe("requireInSentenceOrBefore needs requireInSentence");
    expect(
      Rule.safeParse({ ...base, requireInSentenceOrBefore: true, requireInSentence: ["therapy"] }).success,
    ).toBe(true);
  });

  it("lists no word twice in a slot of a pattern (words are matched without accents: 'sería' is 'seria')", () => {
    const repeated: string[] = [];
    for (const locale of ["en", "es"] as const)
      for (const rule of rulesFor(locale))
        for (const pattern of rule.patterns ?? [])
          for (const slot of pattern.split(" ")) {
            const words = slot
              .replace(/\?$/, "")
              .split("|")
              .map((word) => (word.startsWith("@") || word.endsWith("~") ? word : normalizeWord(word)));
            if (new Set(words).size < words.length) repeated.push(`${rule.id}: ${slot}`);
          }
    expect(repeated).toEqual([]);
  });

  it("rejects an id outside the rule's category", () => {
    const result = Rule.safeParse({ ...base, id: "mental-health/example" });
    expect(result.error?.issues[0]?.message).toBe("id must start with the rule's category");
  });

  it("rejects duplicate ids in one set", () => {
    expect(RuleSet.safeParse([base, base]).error?.issues[0]?.message).toBe("duplicate id suicide/example");
  });
});

describe("rule patterns", () => {
  it('never spell a two-word alternative inside a list of one-word alternatives ("don\'t|do not tell")', () => {
    // Alternatives are single words: "don't|do not tell" reads as "don't|do", then "not tell", and never
    // matches "don't tell". Two spellings of different lengths are two patterns.
    const broken: string[] = [];
    for (const locale of ["en", "es"] as const)
      for (const rule of rulesFor(locale))
        for (const list of [
          rule.patterns,
          rule.unlessBefore,
          rule.unlessAfter,
          rule.requireAfter,
          rule.requireBefore,
        ])
          for (const pattern of list ?? []) {
            const tokens = pattern.split(/\s+/);
            tokens.forEach((token, i) => {
              const next = tokens[i + 1];
              if (/n['’]t(\||$)/.test(token) && next && /^not(\||$)/.test(next))
                broken.push(`${rule.id}: ${pattern}`);
              // "nobody|no one burns" reads as "nobody|no", then "one burns".
              if (
                token.includes("|") &&
                /(?:^|\|)no(?:\||$)/.test(token) &&
                next &&
                /^one(?:\||$)/.test(next)
              )
                broken.push(`${rule.id}: ${pattern}`);
            });
          }
    expect(broken).toEqual([]);
  });
});
