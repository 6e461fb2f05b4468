import "server-only";
import { cache } from "react";
import type { AppLocale } from "@/i18n/routing";
import { db } from "@/lib/db/client";
import { findInterview, findSeason, listHighlights, listPublishedPaths, listSeasons } from "./archive";

// cache(): a page and its generateMetadata ask for the same data within one request.
export const getSeasons = cache((locale: AppLocale) => listSeasons(db, locale));
export const getSeason = cache((slug: string, locale: AppLocale) => findSeason(db, slug, locale));
export const getInterview = cache((season: string, km: number, locale: AppLocale) => findInterview(db, season, km, locale));
export const getHighlights = cache((locale: AppLocale) => listHighlights(db, locale, 3));
export const getPublishedPaths = () => listPublishedPaths(db);
