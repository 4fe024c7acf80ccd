/**
 * The HTTP client every `stax` command uses: the one place to change the transport.
 *
 * @since 0.2.0
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import type * as HttpClient from "@effect/platform/HttpClient"
import type { Layer } from "effect"

/**
 * The CLI's `HttpClient`: Node's `fetch` for now.
 *
 * @since 0.2.0
 * @category Layers
 */
export const layer: Layer.Layer<HttpClient.HttpClient> = FetchHttpClient.layer
