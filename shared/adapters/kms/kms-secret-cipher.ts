import { DecryptCommand, EncryptCommand, type KMSClient } from '@aws-sdk/client-kms';
import type { SecretCipher } from '../../ports/secret-cipher.js';

/**
 * Secrets encrypted with a KMS key (AWS): one Encrypt when a secret is made, one Decrypt when a
 * delivery is signed. The context is KMS's encryption context (logged in CloudTrail with each
 * use, and required to decrypt). Stored as `kms1:` + the base64 ciphertext blob.
 */
export class KmsSecretCipher implements SecretCipher {
  constructor(
    private readonly kms: KMSClient,
    private readonly keyId: string,
  ) {}

  async encrypt(plaintext: string, context: Readonly<Record<string, string>>): Promise<string> {
    const { CiphertextBlob } = await this.kms.send(
      new EncryptCommand({
        KeyId: this.keyId,
        Plaintext: Buffer.from(plaintext, 'utf8'),
        EncryptionContext: { ...context },
      }),
    );
    if (!CiphertextBlob) throw new Error('KMS Encrypt returned no ciphertext');
    return `kms1:${Buffer.from(CiphertextBlob).toString('base64')}`;
  }

  async decrypt(ciphertext: string, context: Readonly<Record<string, string>>): Promise<string> {
    if (!ciphertext.startsWith('kms1:')) throw new Error('Not a KMS secret of this service');
    const { Plaintext } = await this.kms.send(
      new DecryptCommand({
        KeyId: this.keyId,
        CiphertextBlob: Buffer.from(ciphertext.slice(5), 'base64'),
        EncryptionContext: { ...context },
      }),
    );
    if (!Plaintext) throw new Error('KMS Decrypt returned no plaintext');
    return Buffer.from(Plaintext).toString('utf8');
  }
}
