import { Token } from "cdktf";
import { assertNoViolations, Violation } from "../core/errors";

/** Docker's rule for a repository path: lower-case components with single separators, joined by '/'. */
export const REPOSITORY_PATTERN = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*";
const IMAGE = new RegExp(`^${REPOSITORY_PATTERN}:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$`);

/**
 * An image inside a registry, `repository:tag`, with no registry host: the host comes from the
 * registry's login server, so a workload cannot pull from anywhere else. Tokens are checked at apply.
 */
export function imageViolations(image: string, example: string): Violation[] {
  if (Token.isUnresolved(image)) return [];
  const [first, ...rest] = image.split("/");
  // Docker's rule: a first component with '.' or ':', or `localhost`, is a registry host.
  const hasHost = rest.length > 0 && (first.includes(".") || first.includes(":") || first === "localhost");
  if (hasHost) return [{ field: "image", value: image, rule: "must not include a registry host: the registry's loginServer is put in front of it" }];
  return IMAGE.test(image) ? [] : [{ field: "image", value: image, rule: `must be "repository:tag": a lower-case repository path such as ${example}, ':' and a tag` }];
}

const PUBLIC_IMAGE = new RegExp(`^[a-z0-9-]+(?:\\.[a-z0-9-]+)+/${REPOSITORY_PATTERN}:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$`);

/**
 * A placeholder image a container app is created with while its registry is still empty: a full
 * reference to a public registry, `host/repository:tag` (e.g. mcr.microsoft.com/dotnet/samples:aspnetapp).
 */
export function placeholderImageViolations(image: string): Violation[] {
  return PUBLIC_IMAGE.test(image)
    ? []
    : [{ field: "placeholderImage", value: image, rule: 'must be "host/repository:tag" of a public registry, e.g. mcr.microsoft.com/dotnet/samples:aspnetapp' }];
}

/** Throws for an image {@link imageViolations} rejects. */
export function validateImage(where: string, image: string, example: string): void {
  assertNoViolations(where, imageViolations(image, example));
}
