import type { Meta, StoryObj } from "@storybook/react-vite";
import { quotes } from "../story-helpers/fixtures.js";
import { Quote } from "./quote.js";

const [first, second] = quotes;

const meta = {
  title: "Components/Quote",
  component: Quote,
  tags: ["autodocs"],
  parameters: { layout: "padded" },
  argTypes: { quote: { control: "object" } },
  args: { quote: first! },
} satisfies Meta<typeof Quote>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const AnotherVoice: Story = { args: { quote: second ?? first! } };

export const WithoutRole: Story = {
  args: { quote: { ...first!, attribution: { name: first!.attribution.name, consent: true } } },
};
