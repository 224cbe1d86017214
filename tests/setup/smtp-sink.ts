// A real SMTP server inside the test process (smtp-server), with mailparser to read what arrived.
import type { AddressInfo } from "node:net";

import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterEach } from "vitest";

export type SmtpSink = {
  url: string;
  port: number;
  messages: ParsedMail[];
  /** Resolves once at least `count` messages have arrived. */
  waitFor: (count: number, timeoutMs?: number) => Promise<ParsedMail[]>;
  stop: () => Promise<void>;
};

export type SmtpSinkOptions = {
  /** Refuses these recipients as a real server does ("550 <address>: Recipient address rejected"). */
  rejectRecipient?: (address: string) => boolean;
};

export async function startSmtpSink(port = 0, options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    onRcptTo(address, _session, callback) {
      if (!options.rejectRecipient?.(address.address)) return callback();
      const error = Object.assign(new Error(`<${address.address}>: Recipient address rejected`), { responseCode: 550 });
      callback(error);
    },
    // The bundled certificate is expired; plain SMTP on loopback is what the test needs.
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          messages.push(parsed);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const actualPort = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${actualPort}`,
    port: actualPort,
    messages,
    waitFor: async (count, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > deadline) throw new Error(`Expected ${count} mail(s), got ${messages.length}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return messages;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A starter for sinks that lives as long as one test: every sink it started is stopped after each
 * test, so a failing test leaves no server holding its port for the next one.
 */
export function smtpSinksPerTest(): (port?: number) => Promise<SmtpSink> {
  const sinks: SmtpSink[] = [];
  afterEach(async () => {
    await Promise.all(sinks.splice(0).map((sink) => sink.stop()));
  });
  return async (port) => {
    const started = await startSmtpSink(port);
    sinks.push(started);
    return started;
  };
}
