import { serve } from "@hono/node-server";
import { createApp } from "./app.js";
import { ConfigError, configFromEnv } from "./config.js";

let config: ReturnType<typeof configFromEnv>;
try {
  config = configFromEnv();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`chorus builder: ${error.message}`);
    process.exit(2);
  }
  throw error;
}

const { app } = createApp(config);
const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
  const host = info.address.includes(":") ? `[${info.address}]` : info.address;
  console.log(`Chorus builder: http://${host}:${info.port}/`);
  console.log(`  content: ${config.contentDir}`);
  console.log(
    `  sending: ${config.resendApiKey ? "Resend (RESEND_API_KEY is set)" : `outbox (.eml files in ${config.chorusDir}/outbox)`}`,
  );
  if (config.resendWebhookSecret)
    console.log("  webhooks: POST /webhooks/resend adds bounces and complaints to the suppression list");
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close();
    process.exit(0);
  });
}
