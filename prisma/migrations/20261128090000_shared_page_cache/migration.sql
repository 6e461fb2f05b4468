-- One cache of rendered public pages for every app instance (decision 22): the entries, and when
-- each cache tag (a path, as Next.js names it) was last invalidated.
CREATE TABLE "PageCacheEntry" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "tags" TEXT[] NOT NULL,
    "lastModified" BIGINT NOT NULL,
    "cacheControl" JSONB,

    CONSTRAINT "PageCacheEntry_pkey" PRIMARY KEY ("key")
);

CREATE INDEX "PageCacheEntry_tags_idx" ON "PageCacheEntry" USING GIN ("tags");

CREATE TABLE "PageCacheTag" (
    "tag" TEXT NOT NULL,
    "expiredAt" BIGINT NOT NULL,

    CONSTRAINT "PageCacheTag_pkey" PRIMARY KEY ("tag")
);
