import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { keyMessage, library } from "../story-helpers/fixtures.js";
import { KeyMessage } from "./key-message.js";

const meta = {
  title: "Components/KeyMessage",
  component: KeyMessage,
  tags: ["autodocs"],
  parameters: { layout: "padded" },
  argTypes: {
    message: { control: "object" },
    locale: { control: "inline-radio", options: ["en", "es"], description: "Set from the toolbar's Locale" },
    headingLevel: { control: { type: "number", min: 1, max: 6 } },
    variant: { control: "inline-radio", options: ["default", "emphasis"] },
  },
  args: { message: keyMessage("burnout-is-a-system-problem"), headingLevel: 2, variant: "default" },
} satisfies Meta<typeof KeyMessage>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 2 })).toBeVisible();
  },
};

export const Emphasis: Story = {
  args: { message: keyMessage("fix-the-work-not-the-worker"), variant: "emphasis" },
};

/** Every approved key message in the library, as a reviewer sees them side by side. */
export const AllApprovedMessages: Story = {
  render: (args) => (
    <div
      style={{
        display: "grid",
        gap: "1rem",
        gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 22rem), 1fr))",
      }}
    >
      {library.keyMessages.map((message) => (
        <KeyMessage key={message.id} {...args} message={message} headingLevel={3} />
      ))}
    </div>
  ),
};
