import type { PrismaClient } from "../../lib/generated/prisma/client";

/** Placeholder until the sample relay content lands. */
export async function seedInterviews(db: PrismaClient): Promise<void> {
  await db.season.upsert({
    where: { slug: "2025" },
    create: {
      slug: "2025",
      position: 1,
      format: "qa",
      translations: {
        create: [
          { locale: "ja", title: "インタビューリレー2025", description: "" },
          { locale: "en", title: "Interview Relay 2025", description: "" },
        ],
      },
    },
    update: {},
  });
}
