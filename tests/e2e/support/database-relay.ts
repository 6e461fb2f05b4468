/**
 * A TCP relay between the browser tests' app servers and PostgreSQL, which a test can cut to
 * show what visitors see while the database is unreachable, without stopping the PostgreSQL the
 * other tests use. Run by Node without a bundler (playwright.config.ts):
 *
 *   node tests/e2e/support/database-relay.ts <listen port> <database host:port> <control port>
 *
 * Control: `POST /down` resets every relayed connection and every new one until `POST /up`.
 */
import { createServer as createHttpServer } from "node:http";
import { connect, createServer, type Socket } from "node:net";

const [listenPort, target, controlPort] = process.argv.slice(2);
const [targetHost, targetPort] = (target ?? "").split(":");
if (!listenPort || !targetHost || !targetPort || !controlPort) throw new Error("usage: database-relay.ts <listen port> <host:port> <control port>");

let down = false;
const open = new Set<Socket>();

createServer((client) => {
  if (down) return void client.resetAndDestroy();
  const database = connect(Number(targetPort), targetHost);
  for (const socket of [client, database]) {
    open.add(socket);
    socket.on("close", () => open.delete(socket));
    socket.on("error", () => {
      client.destroy();
      database.destroy();
    });
  }
  client.pipe(database).pipe(client);
}).listen(Number(listenPort), "127.0.0.1");

createHttpServer((request, response) => {
  if (request.method === "POST" && (request.url === "/down" || request.url === "/up")) {
    down = request.url === "/down";
    if (down) for (const socket of open) socket.resetAndDestroy();
  }
  response.end(down ? "down" : "up");
}).listen(Number(controlPort), "127.0.0.1");
