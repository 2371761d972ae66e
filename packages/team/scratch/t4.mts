import { createTeamAuth, openTeamDatabase, People } from "../src/index.ts";

const t = await openTeamDatabase({ memory: true });
await new People(t.db, () => new Set(["o"])).add({ email: "ana@example.org", orgId: "o", roles: ["sender"] });
const links: string[] = [];
const a = createTeamAuth({
  team: t,
  baseURL: "http://localhost:4321",
  secret: "a-test-secret-that-is-long-enough-0123456789",
  sendSignInLink: async (l) => void links.push(l.url),
});
for (const body of [{ email: "ana@example.org" }, { email: "ana@example.org", callbackURL: "/" }])
  for (const ip of [undefined, "203.0.113.7"]) {
    const h: Record<string, string> = { "content-type": "application/json", origin: "https://evil.example" };
    if (ip) h["x-chorus-client-ip"] = ip;
    const r = await a.handler(
      new Request("http://localhost:4321/api/auth/sign-in/magic-link", {
        method: "POST",
        headers: h,
        body: JSON.stringify(body),
      }),
    );
    console.log(JSON.stringify(body), ip, r.status);
  }
await t.close();
