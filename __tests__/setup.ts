import { Testing } from "cdktf";
// Type declarations of the matchers below (toHaveResourceWithProperties ...).
import "cdktf/lib/testing/adapters/jest";
import { skipStackTraces } from "../stacks/stack-traces";

Testing.setupJest();
// As in synthesis (main.ts): the suites build thousands of tokens, and nothing reads their creation stacks.
skipStackTraces();
