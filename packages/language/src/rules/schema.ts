import { z } from "zod";
import { CATEGORIES, SEVERITIES, TEXT_CONTEXTS } from "./vocabulary.js";

export { CATEGORIES, SEVERITIES, TEXT_CONTEXTS };

export const Category = z.enum(CATEGORIES);
export type Category = z.infer<typeof Category>;

export const Severity = z.enum(SEVERITIES);
export type Severity = z.infer<typeof Severity>;

export const TextContext = z.enum(TEXT_CONTEXTS);
export type TextContext = z.infer<typeof TextContext>;

/**
 * A pattern is a sequence of space-separated tokens, matched word by word (case-, hyphen-, curly-quote-
 * and line-break-insensitive):
 * - `word` one word; `a|b|c` any of them;
 * - `word~` every form of the lemma: in English the forms wink-nlp's lexicon gives (hang~ → hangs,
 *   hanged, hung, hanging) plus the regular inflections, so words it does not know still inflect
 *   (suicide~ → suicided); in Spanish the forms `spanish-forms.ts` generates (quejarse~ → se quejan,
 *   quejándose, cállate…; flojo~ → flojas, flojito), so Spanish rules write lemmas, not forms;
 * - `@class` any word of a closed class: `@det` (articles, demonstratives, possessives), `@poss`,
 *   `@pron`, `@refl` (himself…), `@aux`, `@adp` (prepositions), `@conj`, `@neg` (not, never, isn't…);
 *   or of a word class of meaning, kept per locale in `rules/<locale>/classes.ts` (`@clinician`,
 *   `@weak`, `@burnout`, `@trait`…: lemmas, so every form counts);
 *   `@end` matches no word but the end of a phrase (punctuation or the end of the sentence), for
 *   `requireAfter`;
 * - `*` any one word; a trailing `?` makes the token optional (`the?`, `very|so?`, `*?`, `@det?`).
 */
const WORD_OR_CLASS = String.raw`(?:@[a-z]+|[\p{L}\p{N}'’]+~?)`;
const PATTERN_TOKEN = new RegExp(String.raw`^(?:\*|${WORD_OR_CLASS}(?:\|${WORD_OR_CLASS})*)\??$`, "u");
export const Pattern = z
  .string()
  .trim()
  .min(1)
  .refine((pattern) => pattern.split(/\s+/).every((token) => PATTERN_TOKEN.test(token)), {
    error: "must be words separated by spaces, using only a|b alternatives, ~ inflections, * and ? markers",
  })
  .refine((pattern) => pattern.split(/\s+/).some((token) => !token.endsWith("?")), {
    error: "must have at least one required word",
  });

export const Source = z.strictObject({
  name: z.string().min(1),
  url: z.url().startsWith("https://"),
});
export type Source = z.infer<typeof Source>;

export const Rule = z
  .strictObject({
    /** Stable id, `<category>/<slug>`, used in reports and to silence a rule. */
    id: z
      .string()
      .regex(/^[a-z-]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "must look like category/some-slug" }),
    category: Category,
    severity: Severity,
    patterns: z.array(Pattern).min(1),
    /** Why the wording harms, in one or two sentences shown to writers. */
    explanation: z.string().min(20),
    /** Preferred wording, best first. */
    suggestions: z.array(z.string().min(1)),
    /** The replacement is unambiguous and may be applied by `chorus lint --fix`. */
    fixable: z.boolean().default(false),
    source: Source,
    /** Only check text used in these places (default: everywhere except quotes). */
    contexts: z.array(TextContext).optional(),
    /**
     * The rule is about what the text does on the page (a link that says "click here", a pointer to "see
     * below"), not a label for people: a sentence that names a label to reject it does not excuse it.
     */
    aboutText: z.literal(true).optional(),
    /**
     * The rule also applies to a quoted speaker's account of themselves ("I'm so OCD about my inbox"):
     * trivialising a diagnosis is not the speaker's own story to tell, as "I was an addict" is.
     */
    evenInOwnAccount: z.literal(true).optional(),
    /** `start`: the match must open the text; `whole`: the match must be the entire text. */
    anchor: z.enum(["start", "whole"]).optional(),
    /** Ordinary uses: skip a match directly preceded by one of these phrases. */
    unlessBefore: z.array(Pattern).optional(),
    /** Ordinary uses: skip a match directly followed by one of these phrases. */
    unlessAfter: z.array(Pattern).optional(),
    /** Only flag a match directly followed by one of these phrases (`@adp|@aux|@end` for a noun use). */
    requireAfter: z.array(Pattern).optional(),
    /**
     * Only flag when the sentence also contains one of these words (e.g. "fix" for resilience-as-the-fix);
     * `word~`, `@class` and phrases ("time off", "ask~ for help") work here too.
     */
    requireInSentence: z.array(z.string()).optional(),
    /**
     * `requireInSentence` may also hold in the sentence just before, in the same paragraph: a verdict often
     * follows the news it judges ("He took six weeks off for his nerves. Couldn't hack it.").
     */
    requireInSentenceOrBefore: z.literal(true).optional(),
    /**
     * `unlessInSentence` also holds where `requireInSentence` would: in a short question just before or just
     * after ("You're burned out? Toughen up."), so a rule can step aside exactly where another one applies.
     */
    unlessInTopic: z.literal(true).optional(),
    /**
     * A broad catch-all: reported only when no other rule of its category flags the same sentence, so
     * "Mindfulness is the cure for burnout" gets one finding, not one for "Mindfulness" and one for "cure".
     */
    fallback: z.boolean().optional(),
    /**
     * A second role the sentence must hold as well, like `requireInSentence` (a personal fix in
     * `requireInSentence`, and strain here: "A hot bath | will sort you out" only about being stressed).
     */
    requireAlsoInSentence: z.array(z.string()).optional(),
    /** Do not flag when the sentence contains one of these words (e.g. "system", "alone"); phrases work too. */
    unlessInSentence: z.array(z.string()).optional(),
    /**
     * Roles before the match: one of these phrases must end within the four words before it, in the same
     * clause (no comma, semicolon, colon, dash or "but" between). "The best residents | never let anyone see
     * them struggle": the subject that makes the predicate a norm. `@class` and `word~` work here.
     */
    requireBefore: z.array(Pattern).optional(),
    /**
     * Do not flag a negated match: a negation earlier in its clause that reaches it through auxiliaries,
     * pronouns and function words ("is not a sign of weakness", "doesn't make you weak", "no te hace
     * débil"), or a negative subject ("Nobody who asks for help…", "Nadie que…"). A negation inside the match
     * itself ("never meant for this work") is part of the wording, and one in another clause ("If you
     * can't cope, …") does not count.
     */
    unlessNegated: z.boolean().optional(),
    /**
     * Do not flag when the sentence affirms one of these words: a system cause ("staffing", "workload") that
     * answers individual blame. A negated one ("not the schedule", "isn't about staffing", "no es la carga")
     * does not count: it is part of the blame. Words inside the match do not count either.
     */
    unlessAffirmed: z.array(z.string()).optional(),
    /**
     * `sentence`: report the whole sentence, not the matched words. For a claim whose words are harmless
     * alone ("Yoga Fridays: the antidote to burnout!" is wrong as a claim, not for "Yoga"): the editor
     * rewrites the claim. Never with `fixable`.
     */
    report: z.literal("sentence").optional(),
  })
  .refine((rule) => !rule.unlessInTopic || rule.unlessInSentence, {
    error: "unlessInTopic needs unlessInSentence",
    path: ["unlessInTopic"],
  })
  .refine((rule) => !rule.requireInSentenceOrBefore || rule.requireInSentence, {
    error: "requireInSentenceOrBefore needs requireInSentence",
    path: ["requireInSentenceOrBefore"],
  })
  .refine((rule) => !(rule.fixable && rule.report === "sentence"), {
    error: "a rule that reports the whole sentence cannot be fixable",
    path: ["report"],
  })
  .refine((rule) => !rule.fixable || rule.suggestions.length === 1, {
    error: "a fixable rule must have exactly one suggestion",
    path: ["fixable"],
  })
  .refine((rule) => rule.id.startsWith(`${rule.category}/`), {
    error: "id must start with the rule's category",
    path: ["id"],
  });
export type RuleInput = z.input<typeof Rule>;
export type Rule = z.output<typeof Rule>;

export const RuleSet = z.array(Rule).superRefine((rules, ctx) => {
  const seen = new Set<string>();
  rules.forEach((rule, index) => {
    if (seen.has(rule.id))
      ctx.addIssue({ code: "custom", path: [index, "id"], message: `duplicate id ${rule.id}` });
    seen.add(rule.id);
  });
});
