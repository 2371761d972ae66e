import path from "node:path";
import { fileURLToPath } from "node:url";
import type { StorybookConfig } from "@storybook/react-vite";
import { mergeConfig } from "vite";

const here = path.dirname(fileURLToPath(import.meta.url));

const config: StorybookConfig = {
  framework: "@storybook/react-vite",
  // Stories live next to their components in @chorus/ui (one folder per component); docs pages live here.
  stories: [
    "../docs/**/*.mdx",
    "../stories/**/*.stories.@(ts|tsx)",
    "../../../packages/ui/src/**/*.stories.@(ts|tsx)",
  ],
  addons: ["@storybook/addon-docs", "@storybook/addon-a11y", "@storybook/addon-vitest"],
  core: { disableTelemetry: true },
  typescript: { reactDocgen: "react-docgen-typescript" },
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      resolve: {
        alias: { "virtual:chorus-fixtures": path.resolve(here, "../.generated/fixtures.json") },
      },
      server: { fs: { allow: [path.resolve(here, "../../..")] } },
      optimizeDeps: { include: ["react", "react-dom", "react/jsx-runtime"] },
      // Relative links so the built site opens from disk (file://).
      base: "./",
      build: { chunkSizeWarningLimit: 2000 },
    }),
};
export default config;
