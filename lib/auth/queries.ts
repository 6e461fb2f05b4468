import "server-only";
import { db } from "@/lib/db/client";
import { listStaff } from "./accounts";

export const getStaffList = () => listStaff(db);
