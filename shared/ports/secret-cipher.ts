/**
 * Encrypts the secrets the service must keep readable to itself (webhook signing secrets) before
 * they are stored. `context` names what a ciphertext belongs to (the subscription id): it is
 * bound into the ciphertext (KMS encryption context, AES-GCM additional data), so a ciphertext
 * copied onto another item does not decrypt there.
 */
export interface SecretCipher {
  encrypt(plaintext: string, context: Readonly<Record<string, string>>): Promise<string>;
  decrypt(ciphertext: string, context: Readonly<Record<string, string>>): Promise<string>;
}
