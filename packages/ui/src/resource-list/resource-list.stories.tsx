import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { library, resource } from "../story-helpers/fixtures.js";
import { ResourceList } from "./resource-list.js";

const meta = {
  title: "Components/ResourceList",
  component: ResourceList,
  tags: ["autodocs"],
  parameters: { layout: "padded" },
  argTypes: {
    resources: { control: "object" },
    locale: { control: "inline-radio", options: ["en", "es"], description: "Set from the toolbar's Locale" },
    heading: { control: "text" },
    headingLevel: { control: { type: "number", min: 1, max: 5 } },
  },
  args: { resources: [resource("988"), resource("crisis-text-line"), resource("physician-support-line")] },
} satisfies Meta<typeof ResourceList>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const call = canvas.getAllByRole("link", { name: /988/ })[0]!;
    await expect(call).toHaveAttribute("href", "tel:988");
    call.focus();
    await expect(call).toHaveFocus();
  },
};

export const AllLibraryResources: Story = { args: { resources: library.resources } };

export const CustomHeading: Story = {
  args: {
    heading: "Talk to someone who understands",
    resources: [resource("physician-support-line"), resource("nurse-well-being-program")],
  },
};
