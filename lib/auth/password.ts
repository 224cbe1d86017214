// Passwords are hashed with Argon2id (@node-rs/argon2 ships prebuilt binaries: no build step).
import { hash, verify } from "@node-rs/argon2";

export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Verifying against this when an account does not exist keeps the response time the same,
// so timing does not reveal which e-mail addresses have accounts.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$gY7Ld6nRaugdSCQaXdY+/w$rCfIBXBWCmEfheOhA8AGGoaqQX5V1CQbrVIkU7i94Nw";

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  try {
    const matches = await verify(passwordHash ?? DUMMY_HASH, password);
    return Boolean(passwordHash) && matches;
  } catch {
    return false;
  }
}
