import {
  createHmac,
  createSecretKey,
  randomBytes,
  randomUUID,
  scrypt,
  timingSafeEqual,
  type BinaryLike,
  type KeyObject,
  type ScryptOptions,
} from "node:crypto";
import type { Clock, ConversationTokens, IdGenerator, PasswordHasher } from "../../ports/system.ts";

export const systemClock: Clock = { now: () => new Date() };

export const uuidIds: IdGenerator = { newId: () => randomUUID() };

/**
 * A conversation's token is an HMAC of its id under the desk's secret: nothing to store,
 * nothing to look up per request, and a retried open can hand out the same token again.
 */
export class HmacConversationTokens implements ConversationTokens {
  /** The secret imported once, not on every HMAC. */
  private readonly key: KeyObject;
  /**
   * Tokens already verified, token → conversation id, oldest first. A customer sends the
   * same token with every message, so only the first costs an HMAC. Only the holder of a
   * valid token can hit this, so the faster answer tells nobody anything new.
   */
  private readonly verified = new Map<string, string>();

  constructor(
    secret: string,
    private readonly remember = 10_000,
  ) {
    this.key = createSecretKey(Buffer.from(secret, "utf8"));
  }

  issue(conversationId: string): string {
    return createHmac("sha256", this.key).update(`conversation:${conversationId}`).digest("base64url");
  }

  verify(conversationId: string, token: string): boolean {
    if (this.verified.get(token) === conversationId) return true;
    const expected = Buffer.from(this.issue(conversationId));
    const given = Buffer.from(token);
    const valid = expected.length === given.length && timingSafeEqual(expected, given);
    if (valid) this.rememberVerified(token, conversationId);
    return valid;
  }

  private rememberVerified(token: string, conversationId: string): void {
    if (this.verified.size >= this.remember) {
      const oldest = this.verified.keys().next().value;
      if (oldest !== undefined) this.verified.delete(oldest);
    }
    this.verified.set(token, conversationId);
  }
}

const scryptAsync = (password: BinaryLike, salt: BinaryLike, length: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scrypt(password, salt, length, options, (error, key) => (error ? reject(error) : resolve(key))),
  );

/**
 * scrypt from Node's own crypto: a slow, memory-hard hash with no native add-on to build.
 * N=2^15 costs ~50–100 ms per check here, which is the point.
 */
export class ScryptPasswordHasher implements PasswordHasher {
  constructor(private readonly cost = 2 ** 15) {}

  async hash(password: string): Promise<string> {
    const salt = randomBytes(16);
    const key = await scryptAsync(password, salt, 32, { N: this.cost, r: 8, p: 1, maxmem: 128 * this.cost * 8 * 2 });
    return `scrypt$${this.cost}$${salt.toString("base64url")}$${key.toString("base64url")}`;
  }

  async verify(password: string, stored: string): Promise<boolean> {
    const [scheme, cost, salt, key] = stored.split("$");
    if (scheme !== "scrypt" || !cost || !salt || !key) return false;
    const n = Number(cost);
    const expected = Buffer.from(key, "base64url");
    const actual = await scryptAsync(password, Buffer.from(salt, "base64url"), expected.length, {
      N: n,
      r: 8,
      p: 1,
      maxmem: 128 * n * 8 * 2,
    });
    return timingSafeEqual(expected, actual);
  }
}

export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}
