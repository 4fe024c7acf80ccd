/**
 * The stand-in's trust-accounting (TPA) routes (stax-api.md §2.4).
 *
 * @since 0.1.0
 */
import type { Route } from "../Router.js"

/**
 * @since 0.1.0
 * @category Routes
 */
export const tpaRoutes: ReadonlyArray<Route> = []
