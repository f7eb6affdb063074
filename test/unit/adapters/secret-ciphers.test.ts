import { DecryptCommand, EncryptCommand, KMSClient } from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { AesGcmSecretCipher } from '../../../shared/adapters/crypto/aes-gcm-cipher.js';
import { KmsSecretCipher } from '../../../shared/adapters/kms/kms-secret-cipher.js';

const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const context = { purpose: 'webhook-signing-secret', subscription: 'whs_1' };

describe('AES-GCM secret cipher (local)', () => {
  const cipher = AesGcmSecretCipher.fromConfig(Buffer.alloc(32, 7).toString('base64'));

  it('round-trips, with a fresh IV each time, and the ciphertext shows nothing of the secret', async () => {
    const a = await cipher.encrypt(secret, context);
    const b = await cipher.encrypt(secret, context);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^aesgcm1:/);
    expect(a).not.toContain(secret.slice(6, 20));
    expect(await cipher.decrypt(a, { subscription: 'whs_1', purpose: 'webhook-signing-secret' })).toBe(
      secret,
    );
  });

  it('refuses another context, a tampered ciphertext and another key', async () => {
    const sealed = await cipher.encrypt(secret, context);
    await expect(cipher.decrypt(sealed, { ...context, subscription: 'whs_2' })).rejects.toThrow();
    const raw = Buffer.from(sealed.slice(8), 'base64');
    raw[raw.length - 1] = (raw[raw.length - 1] as number) ^ 1;
    await expect(cipher.decrypt(`aesgcm1:${raw.toString('base64')}`, context)).rejects.toThrow();
    await expect(AesGcmSecretCipher.fromConfig(undefined).decrypt(sealed, context)).rejects.toThrow();
    expect(() => AesGcmSecretCipher.fromConfig(Buffer.alloc(16).toString('base64'))).toThrow(/32 bytes/);
  });
});

describe('KMS secret cipher (AWS)', () => {
  it('sends the key and the encryption context on Encrypt and Decrypt, and stores only the ciphertext', async () => {
    const kms = mockClient(KMSClient);
    const blob = Buffer.from('opaque-kms-ciphertext');
    kms.on(EncryptCommand).resolves({ CiphertextBlob: blob });
    kms.on(DecryptCommand).resolves({ Plaintext: Buffer.from(secret) });
    const cipher = new KmsSecretCipher(new KMSClient({ region: 'eu-west-1' }), 'alias/concentric-webhooks');
    const sealed = await cipher.encrypt(secret, context);
    expect(sealed).toBe(`kms1:${blob.toString('base64')}`);
    expect(await cipher.decrypt(sealed, context)).toBe(secret);
    const encrypt = kms.commandCalls(EncryptCommand)[0]?.args[0].input;
    expect(encrypt?.KeyId).toBe('alias/concentric-webhooks');
    expect(encrypt?.EncryptionContext).toEqual(context);
    expect(Buffer.from(encrypt?.Plaintext ?? []).toString()).toBe(secret);
    const decrypt = kms.commandCalls(DecryptCommand)[0]?.args[0].input;
    expect(decrypt?.EncryptionContext).toEqual(context);
    expect(Buffer.from(decrypt?.CiphertextBlob ?? []).equals(blob)).toBe(true);
    kms.restore();
  });
});
