import { IConstruct } from "constructs";
import { Aspects, IAspect, TerraformResource } from "cdktf";

/** The tags every taggable resource carries. */
export interface RequiredTags {
  readonly environment: string;
  readonly workload: string;
  readonly costCenter: string;
  readonly owner: string;
  /** What manages the resource, so nobody edits it by hand (e.g. `cdktf`). */
  readonly managedBy: string;
}

/** The Azure tag keys for the given tags; unset ones are left out. */
export function tagMap(tags: Partial<RequiredTags>): Record<string, string> {
  const entries = Object.entries({
    environment: tags.environment,
    workload: tags.workload,
    "cost-center": tags.costCenter,
    owner: tags.owner,
    "managed-by": tags.managedBy,
  });
  return Object.fromEntries(entries.filter((e): e is [string, string] => e[1] !== undefined));
}

interface Taggable {
  tags: Record<string, string>;
  readonly tagsInput?: Record<string, string>;
}

function isTaggable(node: IConstruct): node is TerraformResource & Taggable {
  return node instanceof TerraformResource && "tagsInput" in node;
}

/**
 * Merges the required tags into every taggable resource below the scope it is applied to. An aspect
 * applied lower in the tree runs later, so a pattern's `workload` overrides the stack's.
 */
export class RequiredTagsAspect implements IAspect {
  private readonly tags: Record<string, string>;

  constructor(tags: Partial<RequiredTags> & Pick<RequiredTags, "workload">) {
    this.tags = tagMap(tags);
  }

  public visit(node: IConstruct): void {
    if (isTaggable(node)) node.tags = { ...(node.tagsInput ?? {}), ...this.tags };
  }

  /** Applies the required tags below `scope`. */
  public static applyTo(scope: IConstruct, tags: Partial<RequiredTags> & Pick<RequiredTags, "workload">): void {
    Aspects.of(scope).add(new RequiredTagsAspect(tags));
  }
}
