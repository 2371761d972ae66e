import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { SafeMessagingNotice } from "./safe-messaging-notice.js";

const meta = {
  title: "Components/SafeMessagingNotice",
  component: SafeMessagingNotice,
  tags: ["autodocs"],
  parameters: { layout: "padded" },
  argTypes: {
    locale: { control: "inline-radio", options: ["en", "es"], description: "Set from the toolbar's Locale" },
    headingLevel: { control: { type: "number", min: 2, max: 6 } },
  },
  args: { headingLevel: 2 },
} satisfies Meta<typeof SafeMessagingNotice>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("complementary")).toBeVisible();
    await expect(canvas.getAllByRole("link")[0]).toHaveAttribute("href", "tel:988");
  },
};
export const Spanish: Story = { globals: { locale: "es" } };
