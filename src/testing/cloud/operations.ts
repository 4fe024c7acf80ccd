/**
 * The operations the Stax cloud stand-in serves: the generated registry's list (all 138 operation ids).
 *
 * @since 0.3.0
 */
export { cloudOperations } from "../../cloud/generated/registry.js"
