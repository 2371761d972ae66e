import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { quotes } from "../story-helpers/fixtures.js";
import { Quote } from "./quote.js";

// The seed campaigns' quotes are all written examples, so each story shows the illustrative label.
const [first, second] = quotes;

const meta = {
  title: "Components/Quote",
  component: Quote,
  tags: ["autodocs"],
  parameters: { layout: "padded" },
  argTypes: {
    quote: { control: "object" },
    locale: { control: "inline-radio", options: ["en", "es"], description: "Set from the toolbar's Locale" },
  },
  args: { quote: first! },
} satisfies Meta<typeof Quote>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A written example from a seed campaign: it says so under its attribution. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const figure = within(canvasElement).getByRole("figure");
    await expect(figure.getAttribute("data-kind")).toBe("illustrative");
    await expect(figure.querySelector(".chorus-quote__note")?.textContent).toMatch(
      /written for this campaign|escrito para esta campaña/,
    );
  },
};

export const AnotherVoice: Story = { args: { quote: second ?? first! } };

/**
 * A real person's words, shown with their consent and a record of where they said them. The person
 * here is a sample for this story, not someone who was quoted.
 */
export const RealPerson: Story = {
  args: {
    quote: {
      text: "Calling a peer line was the first step back to work I love.",
      attribution: {
        name: "Sample Name, RN",
        role: "Charge nurse",
        consent: true,
        source: "Sample: an interview recorded for this story",
      },
    },
  },
  play: async ({ canvasElement }) => {
    const figure = within(canvasElement).getByRole("figure");
    await expect(figure.getAttribute("data-kind")).toBe("real");
    await expect(figure.querySelector(".chorus-quote__note")).toBeNull();
  },
};
