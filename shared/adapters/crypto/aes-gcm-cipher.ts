import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SecretCipher } from '../../ports/secret-cipher.js';

const PREFIX = 'aesgcm1:';

/** The context as AES-GCM additional data: its entries in key order, so the order given does not matter. */
const aadOf = (context: Readonly<Record<string, string>>) =>
  Buffer.from(JSON.stringify(Object.entries(context).sort(([a], [b]) => a.localeCompare(b))));

/**
 * Local runs and tests: AES-256-GCM with a key from configuration (WEBHOOK_SECRET_KEY, 32 bytes
 * in base64), a fresh 12-byte IV per secret. Stored as `aesgcm1:` + base64(iv | tag | ciphertext).
 */
export class AesGcmSecretCipher implements SecretCipher {
  private readonly key: Buffer;

  constructor(key: Buffer) {
    if (key.length !== 32)
      throw new Error('Invalid configuration: WEBHOOK_SECRET_KEY must be 32 bytes in base64');
    this.key = key;
  }

  /** The configured key, or a random one for this process (secrets then last as long as it). */
  static fromConfig(base64Key: string | undefined): AesGcmSecretCipher {
    return new AesGcmSecretCipher(base64Key ? Buffer.from(base64Key, 'base64') : randomBytes(32));
  }

  async encrypt(plaintext: string, context: Readonly<Record<string, string>>): Promise<string> {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv).setAAD(aadOf(context));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
  }

  async decrypt(ciphertext: string, context: Readonly<Record<string, string>>): Promise<string> {
    if (!ciphertext.startsWith(PREFIX)) throw new Error('Not an AES-GCM secret of this service');
    const raw = Buffer.from(ciphertext.slice(PREFIX.length), 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12))
      .setAAD(aadOf(context))
      .setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }
}
