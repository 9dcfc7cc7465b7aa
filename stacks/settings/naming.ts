import { Naming } from "../../constructs/core/naming";
import { EnvironmentSettings, REGION_CODES } from "./schema";

/** The naming an environment's (or the state stack's) resources use. */
export function namingFor(s: Pick<EnvironmentSettings, "prefix" | "location" | "name">): Naming {
  return new Naming({ prefix: s.prefix, regionCode: REGION_CODES[s.location], environment: s.name });
}
