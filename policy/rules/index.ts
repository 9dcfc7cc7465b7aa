import type { PolicyRule } from "../types";
import { COMPUTE_RULES } from "./compute";
import { DATA_RULES } from "./data";
import { MONITORING_RULES } from "./monitoring";
import { NAMING_RULES } from "./naming";
import { NETWORK_RULES } from "./network";
import { PROTECTION_RULES } from "./protection";
import { SECRET_RULES } from "./secrets";
import { SECURITY_RULES } from "./security";

/** The whole rule pack, in report order. */
export const ALL_RULES: readonly PolicyRule[] = [...NETWORK_RULES, ...COMPUTE_RULES, ...DATA_RULES, ...SECURITY_RULES, ...MONITORING_RULES, ...NAMING_RULES, ...PROTECTION_RULES, ...SECRET_RULES];
