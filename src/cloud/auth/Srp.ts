/**
 * Cognito's variant of SRP-6a (the `USER_SRP_AUTH` flow), both sides, over `BigInt` and `node:crypto`.
 *
 * The client side computes `SRP_A` and the `PASSWORD_CLAIM_SIGNATURE`; the server side (used by the
 * Cognito stand-in) computes the verifier, `SRP_B`, and checks the client's signature. The formulas
 * are those of amazon-cognito-identity-js (see the shared auth notes). Secret values (`a`, `b`, `S`,
 * the derived key, the password) stay inside closures: they are never returned, logged or put into
 * an error.
 *
 * @since 0.2.0
 */
import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto"
import * as Either from "effect/Either"

/**
 * A source of random bytes (injectable for tests; defaults to `crypto.randomBytes`).
 *
 * @since 0.2.0
 * @category Models
 */
export type RandomBytes = (size: number) => Uint8Array

/** The 3072-bit prime of RFC 5054 (the group Cognito uses) and its generator. */
const N = BigInt(
  "0x" +
    "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD" +
    "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED" +
    "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F" +
    "83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B" +
    "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510" +
    "15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7" +
    "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C" +
    "BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF"
)
const g = 2n

/**
 * The hex form SRP hashes: even length, and a `00` prefix when the first nibble is 8 or more (so the
 * value reads as positive).
 *
 * @since 0.2.0
 * @category Encoding
 */
export const padHex = (value: bigint): string => {
  const hex = value.toString(16)
  if (hex.length % 2 === 1) return `0${hex}`
  return "89abcdef".includes(hex[0]!) ? `00${hex}` : hex
}

const sha256 = (...parts: ReadonlyArray<Uint8Array>): Buffer => {
  const hash = createHash("sha256")
  for (const part of parts) hash.update(part)
  return hash.digest()
}
const hexBytes = (value: bigint): Buffer => Buffer.from(padHex(value), "hex")
const toBigInt = (bytes: Uint8Array): bigint => BigInt(`0x${Buffer.from(bytes).toString("hex") || "0"}`)
const mod = (value: bigint): bigint => ((value % N) + N) % N

const modPow = (base: bigint, exponent: bigint): bigint => {
  let result = 1n
  let b = mod(base)
  let e = exponent
  while (e > 0n) {
    if (e & 1n) result = (result * b) % N
    b = (b * b) % N
    e >>= 1n
  }
  return result
}

const k = toBigInt(sha256(hexBytes(N), hexBytes(g)))

/** x = H(padHex(salt) ‖ H(poolName ‖ userId ‖ ":" ‖ password)) */
const passwordHash = (poolName: string, userId: string, password: string, salt: bigint): bigint =>
  toBigInt(sha256(hexBytes(salt), sha256(Buffer.from(`${poolName}${userId}:${password}`, "utf8"))))

/** The 16-byte key: HKDF-SHA256(ikm = padHex(S), salt = padHex(u), info = "Caldera Derived Key"). */
const deriveKey = (S: bigint, u: bigint): Buffer =>
  Buffer.from(hkdfSync("sha256", hexBytes(S), hexBytes(u), Buffer.from("Caldera Derived Key", "utf8"), 16))

/**
 * What the password claim signature covers besides the key.
 *
 * @since 0.2.0
 * @category Models
 */
export interface ClaimInput {
  /** The part of the user pool id after the underscore. */
  readonly poolName: string
  /** The server's `USER_ID_FOR_SRP` (not necessarily the name the client sent). */
  readonly userId: string
  /** The server's `SECRET_BLOCK`, base64. */
  readonly secretBlock: string
  /** The Cognito timestamp, see {@link cognitoTimestamp}. */
  readonly timestamp: string
}

const sign = (key: Uint8Array, input: ClaimInput): Buffer =>
  createHmac("sha256", key)
    .update(Buffer.from(input.poolName, "utf8"))
    .update(Buffer.from(input.userId, "utf8"))
    .update(Buffer.from(input.secretBlock, "base64"))
    .update(Buffer.from(input.timestamp, "utf8"))
    .digest()

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
const two = (n: number) => String(n).padStart(2, "0")

/**
 * Cognito's `TIMESTAMP`: `Tue Nov 4 12:08:00 UTC 2026` (UTC, day of month not zero-padded).
 *
 * @since 0.2.0
 * @category Encoding
 */
export const cognitoTimestamp = (date: Date): string =>
  `${WEEKDAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()} ` +
  `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} UTC ${date.getUTCFullYear()}`

/** The secret exponent: 256 random bits, never zero. */
const secretExponent = (random: RandomBytes): bigint => {
  const value = toBigInt(random(32)) % N
  return value === 0n ? 1n : value
}

/**
 * The client side of one login: `srpA` to send in `InitiateAuth`, and `passwordClaim` to answer the
 * server's challenge. The secret `a` never leaves the closure.
 *
 * @since 0.2.0
 * @category Models
 */
export interface SrpClient {
  /** `SRP_A`, hex. */
  readonly srpA: string
  /**
   * `PASSWORD_CLAIM_SIGNATURE` (base64) for the server's challenge, or a reason the challenge is
   * unusable (`SRP_B` ≡ 0 mod N, u = 0).
   */
  readonly passwordClaim: (
    input: ClaimInput & { readonly srpB: string; readonly salt: string; readonly password: string }
  ) => Either.Either<string, string>
}

/** Whether `text` is 1 to `max` hex digits. */
const isHex = (text: string, max: number): boolean => text.length > 0 && text.length <= max && /^[0-9a-fA-F]+$/.test(text)

/**
 * Starts a client login: a random `a` and `A = gᵃ mod N`.
 *
 * @example
 * ```ts
 * const client = Srp.client()
 * // send client.srpA; with the answer's SRP_B, SALT, SECRET_BLOCK, USER_ID_FOR_SRP:
 * const signature = client.passwordClaim({ poolName, userId, secretBlock, timestamp, srpB, salt, password })
 * ```
 *
 * @since 0.2.0
 * @category Constructors
 */
export const client = (random: RandomBytes = randomBytes): SrpClient => {
  const a = secretExponent(random)
  const A = modPow(g, a)
  return {
    srpA: A.toString(16),
    passwordClaim: (input) => {
      // A broken or hostile pool's challenge is refused with a reason; `BigInt` would throw on it.
      if (!isHex(input.srpB, 1024)) return Either.left("SRP_B is not a hex number of at most 1024 digits")
      if (!isHex(input.salt, 256)) return Either.left("SALT is not a hex number of at most 256 digits")
      const B = BigInt(`0x${input.srpB}`)
      if (B % N === 0n) return Either.left("SRP_B is zero modulo N")
      const u = toBigInt(sha256(hexBytes(A), hexBytes(B)))
      if (u === 0n) return Either.left("u is zero")
      const x = passwordHash(input.poolName, input.userId, input.password, BigInt(`0x${input.salt}`))
      const S = modPow(B - k * modPow(g, x), a + u * x)
      return Either.right(sign(deriveKey(S, u), input).toString("base64"))
    }
  }
}

/**
 * The verifier the server stores for a user: `v = gˣ mod N`.
 *
 * @since 0.2.0
 * @category Server
 */
export const verifier = (poolName: string, userId: string, password: string, salt: bigint): bigint =>
  modPow(g, passwordHash(poolName, userId, password, salt))

/**
 * The server side of one login: `srpB` to send, and `verify` to check the client's signature. The
 * secret `b` and the derived key never leave the closure.
 *
 * @since 0.2.0
 * @category Server
 */
export interface SrpServer {
  /** `SRP_B`, hex without leading zeros. */
  readonly srpB: string
  /** Whether `signature` (base64) is the client's proof for this challenge. */
  readonly verify: (signature: string, input: ClaimInput) => boolean
}

/**
 * Starts a server challenge for the client's `SRP_A` against the user's verifier: a random `b` and
 * `B = (k·v + gᵇ) mod N`. Fails when `SRP_A` ≡ 0 mod N (Cognito refuses such an `A`).
 *
 * @since 0.2.0
 * @category Server
 */
export const server = (
  v: bigint,
  srpA: string,
  random: RandomBytes = randomBytes
): Either.Either<SrpServer, string> => {
  const A = /^[0-9a-fA-F]+$/.test(srpA) ? BigInt(`0x${srpA}`) : 0n
  if (A % N === 0n) return Either.left("SRP_A is zero modulo N")
  const b = secretExponent(random)
  const B = mod(k * v + modPow(g, b))
  const u = toBigInt(sha256(hexBytes(A), hexBytes(B)))
  const key = deriveKey(modPow(A * modPow(v, u), b), u)
  return Either.right({
    srpB: B.toString(16),
    verify: (signature, input) => {
      const expected = sign(key, input)
      const given = Buffer.from(signature, "base64")
      return given.length === expected.length && timingSafeEqual(given, expected)
    }
  })
}
