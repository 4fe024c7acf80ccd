/**
 * The operations the Stax cloud stand-in serves: the generated registry's list, every operation of the
 * Stax cloud API.
 *
 * @since 0.2.0
 */
export { cloudOperations } from "../../cloud/generated/registry.js"
