import net from "node:net";

export type ReceivedMail = { from: string; to: string[]; data: string };

/**
 * Just enough of an SMTP server (no TLS, no auth) to check what nodemailer sends over a real
 * socket. `failNext` makes the next message fail with a 451 (temporary) error.
 */
export async function startFakeSmtp() {
  const received: ReceivedMail[] = [];
  let failures = 0;
  const server = net.createServer((socket) => {
    let buffer = "";
    let inData = false;
    let mail: ReceivedMail = { from: "", to: [], data: "" };
    socket.write("220 fake.smtp ESMTP ready\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      while (true) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end === -1) return;
          mail.data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          if (failures > 0) {
            failures--;
            socket.write("451 Try again later\r\n");
          } else {
            received.push(mail);
            socket.write("250 Queued\r\n");
          }
          mail = { from: "", to: [], data: "" };
          continue;
        }
        const newline = buffer.indexOf("\r\n");
        if (newline === -1) return;
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        const command = line.slice(0, 4).toUpperCase();
        if (command === "MAIL") mail.from = line;
        if (command === "RCPT") mail.to.push(line.replace(/^RCPT TO:\s*<?([^>]*)>?.*$/i, "$1"));
        if (command === "DATA") inData = true;
        if (command === "EHLO" || command === "HELO") socket.write("250-fake.smtp\r\n250 8BITMIME\r\n");
        else if (command === "DATA") socket.write("354 End with .\r\n");
        else if (command === "QUIT") socket.end("221 Bye\r\n");
        else socket.write("250 OK\r\n");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    failNext: (count = 1) => void (failures = count),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
