/** The outside world the core may not touch directly: time, randomness, secrets. */
export interface Clock {
  now(): Date;
}

export interface IdGenerator {
  newId(): string;
}

/** Bearer tokens that open exactly one conversation. */
export interface ConversationTokens {
  issue(conversationId: string): string;
  verify(conversationId: string, token: string): boolean;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, hash: string): Promise<boolean>;
}
