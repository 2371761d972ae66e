import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import {
  approvalFingerprint,
  Campaign,
  type CampaignInput,
  formatDiagnostic,
  linkTranslation,
  localesToTranslateInto,
  Material,
  makeTranslation,
  markReviewed,
  markTranslated,
  markUpToDate,
  TranslationError,
  translationFingerprint,
  translationState,
  unlinkedTranslation,
  untranslatedFields,
  untranslatedMessage,
} from "../src/index.js";
import { FIXTURE, load, withFile } from "./fixtures.js";

const CAMPAIGN = "campaigns/system-problem/campaign.yaml";

/** The fixture campaign as data, changed by `change`, written back as YAML. */
function campaignText(change: (data: CampaignInput) => void): string {
  const data = parse(FIXTURE[CAMPAIGN]!) as CampaignInput;
  change(data);
  return stringify(data);
}

/** The fixture campaign with a Spanish version of its English email added (changed by `change`). */
function withSpanishEmail(change: (data: CampaignInput, spanish: Material) => void = () => {}) {
  return campaignText((data) => {
    const spanish = makeTranslation(data, "email-clinicians", "es");
    data.materials.push(spanish);
    change(data, spanish);
  });
}

function diagnosticsOf(text: string) {
  return load(withFile(CAMPAIGN, text)).diagnostics.filter((d) => d.file === CAMPAIGN);
}

function materialOf(data: CampaignInput, id: string): Material {
  return Material.parse(data.materials.find((m) => m.id === id));
}

function untranslatedPaths(data: CampaignInput, id: string): string[] {
  const material = data.materials.find((m) => m.id === id);
  return untranslatedFields(data, material).map((path) => path.join("."));
}

describe("makeTranslation", () => {
  const data = parse(FIXTURE[CAMPAIGN]!) as CampaignInput;
  const english = Material.parse(data.materials[0]);
  const spanish = makeTranslation(data, "email-clinicians", "es");

  it("makes a linked copy with a new id, the same layout and library references, and its text to translate", () => {
    expect(spanish).toMatchObject({
      id: "email-clinicians-es",
      kind: "email",
      template: "awareness",
      audience: "clinicians",
      locale: "es",
      title: "{{firstName}}, burnout is not a personal failing (Spanish)",
      translation: {
        of: "email-clinicians",
        source: translationFingerprint(english),
        status: "to-translate",
      },
    });
    if (spanish.kind !== "email" || english.kind !== "email") throw new Error("an email");
    expect(spanish.blocks).toEqual(english.blocks);
    expect(spanish.blocks.map((b) => b.type)).toEqual([
      "paragraph",
      "key-message",
      "stat",
      "resource-list",
      "call-to-action",
      "image",
    ]);
    expect(spanish.subject).toBe(english.subject);
    expect(spanish.personalization).toEqual(english.personalization);
    // A copy, not the same objects: translating the copy leaves the English alone.
    expect(spanish.blocks[0]).not.toBe(english.blocks[0]);
    expect(Material.safeParse(spanish).success).toBe(true);
  });

  it("marks every text field of the new version as still to translate, and the call to action it shares with the English", () => {
    const next = { ...data, materials: [...data.materials, spanish] };
    // The library's key message and fact have their Spanish text in the library: they are not marked.
    expect(untranslatedPaths(next, "email-clinicians-es")).toEqual([
      "subject",
      "preheader",
      "personalization.0.fallback",
      "blocks.0.text",
      "blocks.4.cta",
      "blocks.5.alt",
    ]);
    const translated = structuredClone(spanish);
    if (translated.kind !== "email") throw new Error("an email");
    translated.subject = "{{firstName}}, el agotamiento no es un fallo personal";
    translated.blocks[5] = { ...translated.blocks[5]!, alt: "Dos enfermeras conversan" } as never;
    expect(untranslatedPaths({ ...data, materials: [...data.materials, translated] }, translated.id)).toEqual(
      ["preheader", "personalization.0.fallback", "blocks.0.text", "blocks.4.cta"],
    );
    // A material that is not a translation has nothing to translate.
    expect(untranslatedFields(data, data.materials[0])).toEqual([]);
  });

  it("marks a key message written in the campaign (one language), not one from the library", () => {
    const english = {
      ...data.materials[1]!,
      id: "email-leaders",
      locale: "en" as const,
      subject: "Burnout is a system problem",
      preheader: "What your organization can change.",
    };
    const campaign = { ...data, materials: [english] };
    const made = makeTranslation(campaign, "email-leaders", "es");
    expect(untranslatedPaths({ ...campaign, materials: [english, made] }, made.id)).toEqual([
      "subject",
      "preheader",
      "blocks.0.ref",
    ]);
    expect(untranslatedMessage("en", ["blocks", 0, "ref"])).toBe(
      "the same campaign key message as the English, so it shows in English: choose one written in this language",
    );
  });

  it("uses the campaign's call to action in the new language where the campaign has one", () => {
    const withSpanishCta = {
      ...data,
      callsToAction: [
        ...(data.callsToAction ?? []),
        { id: "read-guide-es", label: "Lea la guía", url: "https://chorus-collaborative.org/es/guia" },
      ],
    };
    const made = makeTranslation(withSpanishCta, "email-clinicians", "es");
    if (made.kind !== "email") throw new Error("an email");
    expect(made.blocks[4]).toEqual({ type: "call-to-action", cta: "read-guide-es" });
  });

  it("gives the new version an id of its own when <id>-<locale> is taken, within the id length limit", () => {
    const taken = { ...data, materials: [...data.materials, { ...data.materials[2]!, id: "banner-es" }] };
    const long = "a".repeat(79);
    const withLong = { ...data, materials: [{ ...data.materials[0]!, id: long }] };
    expect(makeTranslation(taken, "banner", "es").id).toBe("banner-es-2");
    const made = makeTranslation(withLong, long, "es");
    expect(made.id).toBe(`${"a".repeat(77)}-es`);
    expect(made.id.length).toBeLessThanOrEqual(80);
  });

  it("refuses, in words, a source that is missing, unfinished, itself a translation, or already translated", () => {
    const refusal = (campaign: Parameters<typeof makeTranslation>[0], id: string, locale: "en" | "es") => {
      try {
        makeTranslation(campaign, id, locale);
      } catch (error) {
        expect(error).toBeInstanceOf(TranslationError);
        return (error as Error).message;
      }
      throw new Error("not refused");
    };
    expect(refusal(data, "email-nurses", "es")).toBe('there is no material "email-nurses" in this campaign');
    const unfinished = { ...data, materials: [{ ...data.materials[0]!, subject: "" }] };
    expect(refusal(unfinished, "email-clinicians", "es")).toBe(
      'finish "email-clinicians" first, so the Spanish version starts from the whole of it (subject: must not be empty)',
    );
    expect(refusal(data, "email-clinicians", "en")).toBe('"email-clinicians" is already in English');
    const twice = { ...data, materials: [...data.materials, spanish] };
    expect(refusal(twice, "email-clinicians", "es")).toBe(
      '"email-clinicians" already has a Spanish version: "email-clinicians-es"',
    );
    expect(refusal(twice, "email-clinicians-es", "en")).toBe(
      '"email-clinicians-es" is itself a translation (of "email-clinicians"): make the English version from "email-clinicians"',
    );
  });

  it("offers each of the campaign's other languages that has no translation of the material yet", () => {
    expect(localesToTranslateInto(data, data.materials[0])).toEqual(["es"]);
    expect(localesToTranslateInto(data, data.materials[1])).toEqual(["en"]);
    const next = { ...data, materials: [...data.materials, spanish] };
    expect(localesToTranslateInto(next, next.materials[0])).toEqual([]);
    expect(localesToTranslateInto(next, spanish)).toEqual([]);
    expect(localesToTranslateInto({ ...data, locales: ["en"] }, data.materials[0])).toEqual([]);
  });
});

describe("translationFingerprint", () => {
  const english = Material.parse(parse(FIXTURE[CAMPAIGN]!).materials[0]);

  it("follows what readers get, not the id, internal title, language or translation record", () => {
    const same = { ...english, id: "other", title: "Internal", locale: "es" as const };
    expect(translationFingerprint(same)).toBe(translationFingerprint(english));
    expect(translationFingerprint(english)).toMatch(/^[0-9a-f]{16}$/);
    if (english.kind !== "email") throw new Error("an email");
    expect(translationFingerprint({ ...english, preheader: "Something else." })).not.toBe(
      translationFingerprint(english),
    );
    expect(translationFingerprint({ ...english, blocks: english.blocks.slice(1) })).not.toBe(
      translationFingerprint(english),
    );
  });
});

describe("a translation in a campaign file", () => {
  it("loads, with each field still in English and its review pending as warnings at their lines", () => {
    const text = withSpanishEmail();
    const diagnostics = diagnosticsOf(text);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const spanishAt = text.indexOf("id: email-clinicians-es");
    /** Line and column of the value after `key` in the Spanish version's part of the file. */
    const inSpanish = (key: string) => {
      const index = text.indexOf(key, spanishAt) + key.length;
      const before = text.slice(0, index).split("\n");
      return [before.length, before.at(-1)!.length + 1];
    };
    expect(diagnostics.map((d) => [d.code, d.path, d.line, d.column])).toEqual([
      ["translation-unreviewed", "materials[3].translation.status", ...inSpanish("status: ")],
      ["translation-untranslated", "materials[3].subject", ...inSpanish("subject: ")],
      ["translation-untranslated", "materials[3].preheader", ...inSpanish("preheader: ")],
      ["translation-untranslated", "materials[3].personalization[0].fallback", ...inSpanish("fallback: ")],
      ["translation-untranslated", "materials[3].blocks[0].text", ...inSpanish("text: ")],
      ["translation-untranslated", "materials[3].blocks[4].cta", ...inSpanish("cta: ")],
      ["translation-untranslated", "materials[3].blocks[5].alt", ...inSpanish("alt: ")],
    ]);
    expect(diagnostics.find((d) => d.code === "translation-untranslated")!.message).toBe(
      "still in English — translate this",
    );
    expect(diagnostics[0]!.message).toBe(
      'the Spanish version "email-clinicians-es" of "email-clinicians" is still being translated: translate it, mark it translated, and have a Spanish speaker review it before the campaign is approved',
    );
    expect(formatDiagnostic(diagnostics[1]!)).toMatch(
      /^campaigns\/system-problem\/campaign\.yaml:\d+:\d+ materials\[3\]\.subject: still in English — translate this$/,
    );
  });

  it("stops listing fields once they are translated, and asks for a review once it is marked translated", () => {
    const text = withSpanishEmail((data) => {
      const spanish = data.materials[3]!;
      if (spanish.kind !== "email") throw new Error("an email");
      spanish.subject = "{{firstName}}, el agotamiento no es un fallo personal";
      spanish.preheader = "Lo que su organización puede cambiar este mes.";
    });
    expect(
      diagnosticsOf(text)
        .filter((d) => d.code === "translation-untranslated")
        .map((d) => d.path),
    ).toEqual([
      "materials[3].personalization[0].fallback",
      "materials[3].blocks[0].text",
      "materials[3].blocks[4].cta",
      "materials[3].blocks[5].alt",
    ]);
    const marked = withSpanishEmail((data) => {
      data.materials[3]!.translation = markTranslated(data.materials[3]!.translation as never);
    });
    // Marked translated: what still reads as the English reads the same in Spanish (the translator said so).
    expect(diagnosticsOf(marked).map((d) => [d.code, d.path, d.message])).toEqual([
      [
        "translation-unreviewed",
        "materials[3].translation.status",
        'the Spanish version "email-clinicians-es" of "email-clinicians" is not reviewed yet: a Spanish speaker reads it and marks it reviewed before the campaign is approved',
      ],
    ]);
  });

  it("flags the translation as stale when its English source changes after it, and clears it when marked up to date", () => {
    const stale = withSpanishEmail((data) => {
      const english = data.materials[0]!;
      if (english.kind !== "email") throw new Error("an email");
      english.preheader = "What your organization can change this autumn.";
    });
    const diagnostics = diagnosticsOf(stale);
    const flagged = diagnostics.find((d) => d.code === "translation-stale");
    expect(flagged).toMatchObject({
      severity: "warning",
      path: "materials[3].translation.source",
      message:
        'the English email "email-clinicians" changed after its Spanish version "email-clinicians-es" was made or last brought up to date: update the Spanish to match, then mark it up to date with the English',
    });
    const sourceLine = stale.split("\n").findIndex((line) => line.includes("    source: ")) + 1;
    expect(flagged!.line).toBe(sourceLine);

    const data = parse(stale) as CampaignInput;
    const english = materialOf(data, "email-clinicians");
    const spanish = materialOf(data, "email-clinicians-es");
    expect(translationState(spanish, english).stale).toBe(true);
    data.materials[3]!.translation = markUpToDate(spanish.translation!, english);
    expect(diagnosticsOf(stringify(data)).map((d) => d.code)).not.toContain("translation-stale");
  });

  it("counts a review only for the text that was reviewed", () => {
    const reviewedAt = new Date("2026-10-02T09:30:00.123Z");
    const reviewed = withSpanishEmail((data, spanish) => {
      const translated = { ...spanish, translation: markTranslated(spanish.translation!) };
      data.materials[3]!.translation = markReviewed(translated, "Ana García", reviewedAt);
    });
    expect(diagnosticsOf(reviewed)).toEqual([]);
    const record = (parse(reviewed) as CampaignInput).materials[3]!.translation!;
    expect(record).toMatchObject({
      status: "reviewed",
      reviewed: {
        by: "Ana García",
        at: "2026-10-02T09:30:00Z",
        fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
      },
    });

    const spanishEdited = (() => {
      const data = parse(reviewed) as CampaignInput;
      const spanish = data.materials[3]!;
      if (spanish.kind !== "email") throw new Error("an email");
      spanish.preheader = "Lo que su organización puede cambiar este mes.";
      return stringify(data);
    })();
    expect(diagnosticsOf(spanishEdited).map((d) => [d.code, d.path, d.message])).toEqual([
      [
        "translation-changed-after-review",
        "materials[3].translation.reviewed",
        'the Spanish version "email-clinicians-es" of "email-clinicians" changed after Ana García reviewed it on 2026-10-02: have it reviewed again before the campaign is approved',
      ],
    ]);

    // Brought up to date with a changed English: the pair is read again, so the review is dropped.
    const data = parse(reviewed) as CampaignInput;
    const english = data.materials[0]!;
    if (english.kind !== "email") throw new Error("an email");
    english.preheader = "What your organization can change this autumn.";
    const upToDate = markUpToDate(
      materialOf(data, "email-clinicians-es").translation!,
      materialOf(data, "email-clinicians"),
    );
    expect(upToDate.status).toBe("translated");
    expect(upToDate.reviewed).toBeUndefined();
  });

  it("makes a pending translation an error once the campaign claims to be approved", () => {
    const text = withSpanishEmail((data) => {
      const campaign = Campaign.parse({ ...data, status: "in-review" });
      data.status = "approved";
      data.approval = {
        by: "Dana Reviewer",
        at: "2026-09-01T12:00:00Z",
        fingerprint: approvalFingerprint(campaign),
      };
    });
    expect(
      diagnosticsOf(text)
        .filter((d) => d.severity === "error")
        .map((d) => [d.code, d.path]),
    ).toEqual([["translation-unreviewed", "materials[3].translation.status"]]);
  });

  it("refuses a translation of a missing material, of one in its own language, of a translation, or of another kind", () => {
    const errorsOf = (change: (data: CampaignInput) => void) =>
      diagnosticsOf(withSpanishEmail(change))
        .filter((d) => d.severity === "error")
        .map((d) => [d.code, d.path, d.message]);
    expect(
      errorsOf((data) => {
        data.materials[3]!.translation!.of = "email-clinician";
      }),
    ).toEqual([
      [
        "unknown-ref",
        "materials[3].translation.of",
        'translates "email-clinician", which is not a material of this campaign (did you mean "email-clinicians"?): name the material it translates, or remove translation to keep it as a material of its own',
      ],
    ]);
    expect(
      errorsOf((data) => {
        data.materials[3]!.translation!.of = "email-leaders-es";
      }),
    ).toEqual([
      [
        "translation-same-locale",
        "materials[3].translation.of",
        '"email-leaders-es" is in Spanish too: a translation translates a material written in another language',
      ],
    ]);
    expect(
      errorsOf((data) => {
        data.materials.push({
          ...structuredClone(data.materials[3]!),
          id: "email-clinicians-en",
          locale: "en",
        });
        data.materials[4]!.translation!.of = "email-clinicians-es";
      }),
    ).toEqual([
      [
        "translation-of-translation",
        "materials[4].translation.of",
        '"email-clinicians-es" is itself a translation (of "email-clinicians"): translate "email-clinicians" instead',
      ],
    ]);
    expect(
      errorsOf((data) => {
        data.materials[3]!.translation!.of = "banner";
      }),
    ).toEqual([
      [
        "translation-kind",
        "materials[3].kind",
        'a translation of the web banner "banner" must be a web banner too',
      ],
    ]);
    expect(
      errorsOf((data) => {
        data.materials.push({ ...structuredClone(data.materials[3]!), id: "email-clinicians-es-2" });
      }),
    ).toEqual([
      [
        "duplicate-translation",
        "materials[4].translation.of",
        '"email-clinicians" already has a Spanish version ("email-clinicians-es"): keep one of them',
      ],
    ]);
  });

  it("explains a malformed translation record at the field, in words", () => {
    const schemaErrors = (change: (translation: Record<string, unknown>) => void) =>
      diagnosticsOf(
        withSpanishEmail((data) => {
          change(data.materials[3]!.translation as unknown as Record<string, unknown>);
        }),
      ).map((d) => [d.code, d.path, d.message]);
    expect(
      schemaErrors((t) => {
        t.status = "done";
      }),
    ).toEqual([
      ["schema", "materials[3].translation.status", "must be one of: to-translate, translated, reviewed"],
    ]);
    expect(
      schemaErrors((t) => {
        t.source = "abc";
      }),
    ).toEqual([
      [
        "schema",
        "materials[3].translation.source",
        "must be the 16-character fingerprint of the material this translates, written when the translation was made or last marked up to date",
      ],
    ]);
    expect(
      schemaErrors((t) => {
        t.status = "reviewed";
      }),
    ).toEqual([
      [
        "schema",
        "materials[3].translation.reviewed",
        "a reviewed translation records who reviewed it, when, and what they read (reviewed.by, reviewed.at, reviewed.fingerprint): mark it reviewed in the builder",
      ],
    ]);
    expect(
      schemaErrors((t) => {
        t.reviewed = { by: "Ana", at: "2026-10-02T09:30:00Z", fingerprint: "0123456789abcdef" };
      }),
    ).toEqual([
      [
        "schema",
        "materials[3].translation.reviewed",
        "only a reviewed translation has a review record: set status: reviewed, or remove reviewed",
      ],
    ]);
    expect(
      schemaErrors((t) => {
        t.reviewedBy = "Ana";
      }),
    ).toEqual([["unknown-field", "materials[3].translation.reviewedBy", 'unknown field "reviewedBy"']]);
  });
});

describe("a translation written before translations were linked", () => {
  const data = parse(FIXTURE[CAMPAIGN]!) as CampaignInput;
  const english = { ...data.materials[1]!, id: "email-leaders", locale: "en" as const };
  const spanish = { ...data.materials[1]!, id: "email-leaders-es" };
  const campaign = { ...data, materials: [english, spanish, data.materials[2]!] };

  it("is found by its id, kind and language, and linked as translated, waiting for its review", () => {
    expect(unlinkedTranslation(campaign, "email-leaders", "es")).toBe("email-leaders-es");
    expect(unlinkedTranslation(campaign, "banner", "es")).toBeUndefined();
    const translation = linkTranslation(campaign, "email-leaders", "email-leaders-es");
    expect(translation).toEqual({
      of: "email-leaders",
      source: translationFingerprint(Material.parse(english)),
      status: "translated",
    });
    const linked = { ...campaign, materials: [english, { ...spanish, translation }] };
    expect(unlinkedTranslation(linked, "email-leaders", "es")).toBeUndefined();
    expect(localesToTranslateInto(linked, english)).toEqual([]);
  });

  it("refuses to link materials of different kinds, in the same language, or already linked", () => {
    const refusal = (sourceId: string, targetId: string, from = campaign) => {
      try {
        linkTranslation(from, sourceId, targetId);
      } catch (error) {
        expect(error).toBeInstanceOf(TranslationError);
        return (error as Error).message;
      }
      throw new Error("not refused");
    };
    expect(refusal("banner", "email-leaders-es")).toBe(
      '"email-leaders-es" is not a web banner like "banner"',
    );
    expect(refusal("email-leaders", "banner")).toBe('"email-leaders" is already in English');
    const linked = {
      ...campaign,
      materials: [
        english,
        { ...spanish, translation: linkTranslation(campaign, "email-leaders", "email-leaders-es") },
      ],
    };
    expect(refusal("email-leaders", "email-leaders-es", linked)).toBe(
      '"email-leaders-es" is already the translation of "email-leaders"',
    );
  });
});
