/**
 * The stand-in's module and job routes (stax-api.md §2.5).
 *
 * @since 0.1.0
 */
import type { Route } from "../Router.js"

/**
 * @since 0.1.0
 * @category Routes
 */
export const moduleRoutes: ReadonlyArray<Route> = []
