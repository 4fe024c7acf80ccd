/**
 * The stand-in's search routes (stax-api.md §2.3).
 *
 * @since 0.1.0
 */
import type { Route } from "../Router.js"

/**
 * @since 0.1.0
 * @category Routes
 */
export const searchRoutes: ReadonlyArray<Route> = []
