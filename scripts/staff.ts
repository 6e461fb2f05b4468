/**
 * `npm run staff -- <command>`: staff accounts from the command line.
 *
 *   create --email <email> --role admin|reviewer [--name <display name>] [--locale ja|en]
 *          asks for a password on a terminal (empty: generate one); elsewhere always generates;
 *          a generated password is shown once and stored only as its argon2id hash
 *   list
 *   disable --email <email>      ends the account's sessions at once
 *   enable --email <email>
 *   reset-password --email <email>
 */
import { parseArgs } from "node:util";
import { createInterface } from "node:readline";
import { createStaffAccount, listStaff, resetStaffPassword, StaffAccountError, updateStaffAccount } from "../lib/auth/accounts";
import { MIN_PASSWORD_LENGTH } from "../lib/auth/password";
import { formatJstMinute } from "../lib/campaign/jst";
import { databaseLabel, withDatabase } from "./lib/database";
import { scriptClient } from "./lib/prepare";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    email: { type: "string" },
    role: { type: "string" },
    name: { type: "string" },
    locale: { type: "string", default: "ja" },
  },
});
const [command] = positionals;

/** Reads a line without echoing it (a password typed on a terminal). */
function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as { _writeToOutput: (text: string) => void };
    process.stdout.write(question);
    output._writeToOutput = () => {};
    rl.question("", (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
  });
}

async function passwordFromTerminal(): Promise<string | undefined> {
  if (!process.stdin.isTTY) return undefined;
  const password = await askHidden(`Password (at least ${MIN_PASSWORD_LENGTH} characters; leave empty to generate one): `);
  if (!password) return undefined;
  if ((await askHidden("Repeat the password: ")) !== password) throw new Error("The passwords differ");
  return password;
}

function requireEmail(): string {
  if (!values.email) throw new Error("--email is required");
  return values.email.trim().toLowerCase();
}

await withDatabase(async (database) => {
  console.log(`Database: ${databaseLabel(database)}`);
  const db = scriptClient(database.url);
  try {
    const byEmail = async () => {
      const user = await db.staffUser.findUnique({ where: { email: requireEmail() } });
      if (!user) throw new Error(`No staff account with the email ${values.email}`);
      return user;
    };
    switch (command) {
      case "create": {
        if (values.role !== "admin" && values.role !== "reviewer") throw new Error("--role must be admin or reviewer");
        const email = requireEmail();
        const password = await passwordFromTerminal();
        const { user, password: generated } = await createStaffAccount(
          db,
          null,
          { email, role: values.role, displayName: values.name ?? email.split("@")[0]!, locale: values.locale === "en" ? "en" : "ja" },
          password,
        );
        console.log(`Created ${user.role} ${user.email}`);
        if (generated) console.log(`Password (shown only now): ${generated}`);
        break;
      }
      case "list":
        for (const user of await listStaff(db)) {
          const state = user.disabledAt ? "disabled" : "active";
          console.log(`${user.email}\t${user.role}\t${state}\t${user.displayName}\tcreated ${formatJstMinute(user.createdAt)} JST`);
        }
        break;
      case "disable":
      case "enable":
        await updateStaffAccount(db, null, (await byEmail()).id, { disabled: command === "disable" });
        console.log(`${command === "disable" ? "Disabled" : "Enabled"} ${values.email}`);
        break;
      case "reset-password": {
        const user = await byEmail();
        const password = await passwordFromTerminal();
        const { password: generated } = await resetStaffPassword(db, null, user.id, password);
        console.log(`New password set for ${user.email}; its sessions were ended.`);
        if (generated) console.log(`Password (shown only now): ${generated}`);
        break;
      }
      default:
        throw new Error(`Unknown command ${command ?? "(none)"}: expected create, list, disable, enable or reset-password`);
    }
  } catch (error) {
    if (error instanceof StaffAccountError) throw new Error(`Refused: ${error.code}`);
    throw error;
  } finally {
    await db.$disconnect();
  }
});
