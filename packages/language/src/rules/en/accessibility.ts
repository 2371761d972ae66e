import { defineRules } from "../define.js";
import { SOURCES } from "../sources.js";

const LINK_TEXT =
  "Screen reader users often jump from link to link; link text must say where it goes. Generic text also hides the action from people scanning.";

export const accessibilityRules = defineRules([
  {
    id: "accessibility/click-here",
    category: "accessibility",
    severity: "error",
    patterns: ["click|tap|go here", "click|tap on? this|the link", "click|tap below"],
    explanation: LINK_TEXT,
    suggestions: ['name the destination, e.g. "Read the licensure guide"'],
    source: SOURCES.govukLinks,
  },
  {
    id: "accessibility/read-more",
    category: "accessibility",
    severity: "error",
    patterns: [
      "read|learn|see|view more",
      "find out more",
      "more info|information|details",
      "here",
      "this link",
      "link",
      "continue",
      "continue reading",
      "more",
      "details",
    ],
    explanation: LINK_TEXT,
    suggestions: ['describe the destination, e.g. "Read the 988 Messaging Framework"'],
    source: SOURCES.wcagLinkPurpose,
    contexts: ["link"],
    anchor: "whole",
  },
  {
    id: "accessibility/image-of",
    category: "accessibility",
    severity: "warning",
    patterns: [
      "image|picture|photo|photograph|graphic|pic|icon|screenshot of",
      "a|an|the image|picture|photo|photograph|graphic|pic|icon|screenshot of|showing",
      "a|an|the? image|picture|photo|photograph|graphic that shows",
    ],
    explanation: 'Screen readers already announce an image; starting alt text with "image of" repeats it.',
    suggestions: ["describe what the image shows, starting with the subject"],
    source: SOURCES.wcagNonText,
    contexts: ["alt"],
    anchor: "start",
  },
  {
    id: "accessibility/placeholder-alt",
    category: "accessibility",
    severity: "error",
    patterns: [
      "image|picture|photo|photograph|graphic|img|pic|icon|banner|logo|alt|placeholder|spacer|untitled|todo|tbd",
      "alt text",
    ],
    explanation:
      'Alt text that only says "image" tells a screen reader user nothing about what the image shows.',
    suggestions: ["describe what the image shows and why it is there"],
    source: SOURCES.wcagNonText,
    contexts: ["alt"],
    anchor: "whole",
  },
  {
    id: "accessibility/see-below",
    category: "accessibility",
    severity: "suggestion",
    patterns: [
      "see|shown|pictured|illustrated above|below|left|right",
      "in the image|picture|photo|graphic above|below",
    ],
    explanation: "Directions that depend on layout do not work for screen readers or on small screens.",
    suggestions: ["refer to the section or item by name"],
    source: SOURCES.wcagNonText,
    contexts: ["body", "heading"],
  },
  {
    id: "accessibility/download-here",
    category: "accessibility",
    severity: "error",
    patterns: ["download|register|apply|donate here", "sign up here"],
    explanation: LINK_TEXT,
    suggestions: ['name what is downloaded or joined, e.g. "Download the partner toolkit (PDF)"'],
    source: SOURCES.govukLinks,
  },
]);
