import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { definition, library } from "../story-helpers/fixtures.js";
import { Definition } from "./definition.js";

const meta = {
  title: "Components/Definition",
  component: Definition,
  tags: ["autodocs"],
  parameters: { layout: "padded" },
  argTypes: {
    definition: { control: "object" },
    locale: { control: "inline-radio", options: ["en", "es"], description: "Set from the toolbar's Locale" },
    variant: { control: "inline-radio", options: ["block", "disclosure"] },
    defaultOpen: { control: "boolean" },
  },
  args: { definition: definition("burnout"), variant: "block" },
} satisfies Meta<typeof Definition>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Click (or Enter/Space) on the term reveals its meaning; works without JavaScript. */
export const Disclosure: Story = {
  args: { definition: definition("moral-injury"), variant: "disclosure" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const details = canvasElement.querySelector("details")!;
    await expect(details.open).toBe(false);
    const term = canvas.getByText(/./, { selector: "dfn" });
    await userEvent.click(term);
    await expect(details.open).toBe(true);
    await expect(canvas.getByText(/./, { selector: ".chorus-definition__meaning" })).toBeVisible();
    // The summary is a native keyboard stop with a visible focus ring.
    const summary = canvasElement.querySelector("summary")!;
    summary.focus();
    await expect(summary).toHaveFocus();
    await userEvent.click(term);
    await expect(details.open).toBe(false);
  },
};

export const Glossary: Story = {
  render: (args) => (
    <div>
      {library.definitions.slice(0, 6).map((item) => (
        <Definition key={item.id} {...args} definition={item} />
      ))}
    </div>
  ),
};
