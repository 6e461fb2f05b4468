import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/sessions";
import { listAudit } from "@/lib/audit/log";
import { assignableReviewers, assigneesOf } from "./assignments";
import { commentsFor } from "./comments";
import { dashboard } from "./dashboard";
import { entryDetail } from "./detail";
import { listCompletedErasureRequests, listPendingErasureRequests } from "./erasure-requests";
import type { EntryFilter } from "./filters";
import { entryStats } from "./entry-stats";
import { listEntries } from "./list";
import { windowProgress } from "./progress";
import { queueFor, queuePosition } from "./queue";
import { readRankingPrior } from "./ranking";
import { listSavedViews } from "./saved-views";
import { scoresFor } from "./scores";



export const getDashboard = (viewer: Actor) => dashboard(db, viewer.id);
export const getEntryList = (viewer: Actor, filter: EntryFilter, cursor?: string) => listEntries(db, viewer, filter, { cursor });
export const getEntryStats = () => entryStats(db);
export const getQueue = (viewer: Actor) => queueFor(db, viewer.id);
export const getQueuePosition = (viewer: Actor, entryId: string) => (/^[0-9a-f-]{36}$/i.test(entryId) ? queuePosition(db, viewer.id, entryId) : null);
/** The viewer's own score of an entry, for the queue's form (nothing of anyone else's). */
export const getMyScore = (viewer: Actor, entryId: string) =>
  db.score.findUnique({ where: { entryId_reviewerId: { entryId, reviewerId: viewer.id } }, select: { connection: true, originality: true, storytelling: true } });
export const getWindowProgress = (windowNumber: number) => windowProgress(db, windowNumber);
export const getAssignableReviewers = () => assignableReviewers(db);
export const getAssignees = (entryId: string) => assigneesOf(db, entryId);
export const getRankingPrior = () => readRankingPrior(db);
export const getSavedViews = (viewer: Actor) => listSavedViews(db, viewer);
export const getEntryDetail = (viewer: Actor, id: string) => entryDetail(db, viewer, id);
export const getScores = (viewer: Actor, id: string) => scoresFor(db, viewer, id);
export const getComments = (id: string) => commentsFor(db, id);
export const getAudit = (filter: Parameters<typeof listAudit>[1]) => listAudit(db, filter);
export const getPendingErasureRequests = () => listPendingErasureRequests(db);
export const getCompletedErasureRequests = () => listCompletedErasureRequests(db);

export const getEntryPhoto = (id: string) =>
  /^[0-9a-f-]{36}$/i.test(id) ? db.entryPhoto.findUnique({ where: { entryId: id }, select: { mimeType: true, data: true } }) : null;
