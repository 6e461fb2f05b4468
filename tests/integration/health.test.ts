import { describe, expect, it } from "vitest";

describe("GET /api/health", () => {
  it("answers 503 with JSON when the database cannot be reached", async () => {
    process.env.DATABASE_URL = "postgresql://nobody:nothing@127.0.0.1:9/none";
    const { GET } = await import("@/app/api/health/route");
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: "unavailable", database: { ok: false } });
  });
});
