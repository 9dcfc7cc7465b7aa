import { Testing } from "cdktf";
// Type declarations of the matchers below (toHaveResourceWithProperties ...).
import "cdktf/lib/testing/adapters/jest";

Testing.setupJest();
