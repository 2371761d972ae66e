import type { Meta, StoryObj } from "@storybook/react-vite";
import { collaborativeId, partnerKit } from "../story-helpers/fixtures.js";
import { Footer } from "./footer.js";

const collaborative = partnerKit(collaborativeId);

const meta = {
  title: "Components/Footer",
  component: Footer,
  tags: ["autodocs"],
  argTypes: {
    organization: { control: "object" },
    locale: { control: "inline-radio", options: ["en", "es"], description: "Set from the toolbar's Locale" },
    unsubscribeUrl: { control: "text" },
    links: { control: "object" },
  },
  args: { organization: collaborative },
} satisfies Meta<typeof Footer>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithUnsubscribe: Story = { args: { unsubscribeUrl: collaborative.unsubscribeUrl } };
export const ExamplePartner: Story = { args: { organization: partnerKit("example-health") } };
