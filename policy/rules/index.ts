import type { PolicyRule } from "../types";

/** The whole rule pack, in report order. */
export const ALL_RULES: readonly PolicyRule[] = [];
