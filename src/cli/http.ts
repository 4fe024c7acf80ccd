/**
 * The HTTP client every `stax` command uses: the one place to change the transport.
 *
 * @since 0.2.0
 */
import { FetchHttpClient, type HttpClient } from "@effect/platform"
import type { Layer } from "effect"

/**
 * The CLI's `HttpClient`: Node's `fetch` for now.
 *
 * @since 0.2.0
 * @category Layers
 */
export const layer: Layer.Layer<HttpClient.HttpClient> = FetchHttpClient.layer
