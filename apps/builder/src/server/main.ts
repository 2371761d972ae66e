import { TeamDatabaseBusyError } from "@chorus/team";
import { serve } from "@hono/node-server";
import { createApp } from "./app.js";
import { ConfigError, configFromEnv } from "./config.js";
import { ContentStore } from "./store.js";
import { openTeamMode, type TeamMode } from "./team.js";

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

const store = new ContentStore(config.contentDir, config.now);
let team: TeamMode | undefined;
if (config.team) {
  try {
    team = await openTeamMode({ ...config, team: config.team }, store);
  } catch (error) {
    if (error instanceof TeamDatabaseBusyError) {
      console.error(
        `chorus builder: ${error.message}: stop the other builder, or keep the team in PostgreSQL (DATABASE_URL)`,
      );
      process.exit(1);
    }
    throw error;
  }
}
const { app, close, sends } = createApp(config, { store, ...(team ? { team } : {}) });
// Scheduled sends: those due while the builder was stopped start now, the others at their time.
void sends.startScheduler();
const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
  const host = info.address.includes(":") ? `[${info.address}]` : info.address;
  console.log(`Chorus builder: http://${host}:${info.port}/`);
  console.log(`  content: ${config.contentDir}`);
  if (config.team)
    console.log(
      `  team mode: people sign in at ${config.team.publicUrl}; team database: ${config.team.databaseUrl ? "PostgreSQL (DATABASE_URL)" : `embedded, in ${config.chorusDir}/team-db`}`,
    );
  console.log(
    `  sending: ${config.resendApiKey ? "Resend (RESEND_API_KEY is set)" : `outbox (.eml files in ${config.chorusDir}/outbox)`}`,
  );
  if (config.resendWebhookSecret)
    console.log("  webhooks: POST /webhooks/resend adds bounces and complaints to the suppression list");
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close();
    // The embedded team database is closed (and its lock released), and the Chromium that prints PDFs and
    // banners is stopped, before the process ends.
    void Promise.allSettled([team?.close(), close()]).finally(() => process.exit(0));
  });
}
