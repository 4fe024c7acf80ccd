/**
 * The HTTP client every `stax` command uses: the one place to change the transport.
 *
 * @since 0.2.0
 */
import type * as HttpClient from "@effect/platform/HttpClient"
import type * as Layer from "effect/Layer"
import * as UndiciHttpClient from "../node/UndiciHttpClient.js"

/**
 * The CLI's `HttpClient`: the SDK's own transport over undici.
 *
 * @since 0.2.0
 * @category Layers
 */
export const layer: Layer.Layer<HttpClient.HttpClient> = UndiciHttpClient.layer
