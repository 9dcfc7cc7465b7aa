import { Testing } from "cdktf";

// Registers toHaveResourceWithProperties and the other cdktf matchers.
Testing.setupJest();
