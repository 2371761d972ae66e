import type { Theme } from "@chorus/tokens";
import type { CardSize } from "./sizes.js";

/** What a card says. The caller maps approved content (facts, key messages, resources) to one of these. */
export type CardContent =
  | {
      kind: "fact";
      /** The number, e.g. "1 in 5" or "63%". */
      figure: string;
      /** What the number counts, continuing the figure: "of physicians report symptoms of burnout". */
      statement: string;
      /** Short citation, e.g. "CDC Vital Signs, 2023". Shown as "Source: …" / "Fuente: …". */
      source: string;
      /**
       * A crisis line on its own line under the words, e.g. "Call or text 988 · 988 Suicide & Crisis
       * Lifeline". Safe messaging: a card whose words mention suicide or a crisis carries one.
       */
      crisisLine?: string;
    }
  | { kind: "key-message"; text: string; crisisLine?: string }
  | {
      kind: "call-to-action";
      text: string;
      /** Button label, e.g. "Find support". */
      action: string;
      /** Shown as text without "https://". */
      url: string;
      /**
       * A crisis line on its own line under the words, e.g. "Call or text 988 · 988 Suicide & Crisis
       * Lifeline". Safe messaging: a card whose words mention suicide or a crisis carries one.
       */
      crisisLine?: string;
    }
  | {
      kind: "crisis-resource";
      /** e.g. "988 Suicide & Crisis Lifeline". */
      name: string;
      /** e.g. "Call or text 988". Shown largest. */
      contact: string;
      description: string;
      url?: string;
    };

/** An organization on the card: its logo, or its name when it has none. */
export interface Brand {
  name: string;
  logo?: { data: Uint8Array; type: "image/png" | "image/svg+xml" };
}

export interface CardInput {
  content: CardContent;
  locale: "en" | "es";
  theme: Theme;
  scheme?: "light" | "dark";
  /** The partner (co-branding: its name or logo on the card). */
  brand: Brand;
  /** The collaborative, named on an "In collaboration with" line (social sizes only). */
  collaborative?: Brand;
  /** Names the material in errors, e.g. "campaign burnout-is-a-system-problem, social post linkedin-leaders". */
  label?: string;
}

export interface RenderedCard {
  size: CardSize;
  /** PNG at exactly size.width × size.height. */
  png: Uint8Array;
  /** satori's SVG (text as paths, so it needs no fonts to display). */
  svg: string;
  /** Alternative text for the post (`cardAltText`). */
  alt: string;
  /** The font size the main text got after fitting. */
  fontSize: number;
}
