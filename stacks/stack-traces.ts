// The module object itself (not a bundler's copy of its exports), so the replacement below reaches cdktf.
import cdktfStackTrace = require("cdktf/lib/tokens/private/stack-trace");

const cdktfCaptureStackTrace = cdktfStackTrace.captureStackTrace;

/** Set to 1 to keep cdktf's token creation stacks and map stack traces back to TypeScript, for debugging. */
export const STACK_TRACES_VARIABLE = "ESTATE_STACK_TRACES";

/**
 * cdktf captures and formats a full stack trace for every token it creates (Lazy, Intrinsic, computed
 * lists: tens of thousands per synthesis), only to print it if that token later fails to resolve. A
 * CPU profile put a quarter of the estate's synthesis there (captureStackTrace, defaultPrepareStackTrace),
 * and source maps (tsx turns them on) made each trace dearer still. Entry points call this first: our
 * ValidationError and policy messages name the construct path instead. cdktf's own switch
 * (`App({ stackTraces: false })`) only covers annotations, not tokens, and its capture raises
 * Error.stackTraceLimit itself, so the capture function is replaced; its call sites read it from the
 * module's exports on every call.
 */
export function skipStackTraces(env: NodeJS.ProcessEnv = process.env): void {
  const debugging = env[STACK_TRACES_VARIABLE] === "1";
  process.setSourceMapsEnabled(debugging);
  cdktfStackTrace.captureStackTrace = debugging ? cdktfCaptureStackTrace : () => [];
}
