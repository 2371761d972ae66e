import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { campaign } from "../story-helpers/fixtures.js";
import { CallToAction } from "./call-to-action.js";

const burnout = campaign("burnout-is-a-system-problem");
const [checklist, barrier] = burnout.callsToAction;

const meta = {
  title: "Components/CallToAction",
  component: CallToAction,
  tags: ["autodocs"],
  parameters: { layout: "padded" },
  argTypes: {
    action: { control: "object" },
    heading: { control: "text" },
    description: { control: "text" },
    variant: { control: "inline-radio", options: ["primary", "secondary"] },
  },
  args: { action: checklist!, variant: "primary" },
} satisfies Meta<typeof CallToAction>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole("link", { name: checklist!.label })).toHaveFocus();
  },
};

export const Secondary: Story = { args: { action: barrier!, variant: "secondary" } };

export const Panel: Story = {
  args: { heading: burnout.title, description: burnout.lead?.en },
};
